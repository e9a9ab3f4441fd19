// The redirect list: short links for glossary names, legacy MkDocs paths, and the checks that refuse bad entries.
import { describe, expect, it } from 'vitest'
import { jargonLink } from '../../docs/.vitepress/glossary/anchors.ts'
import { collectGlossary, type GlossaryEntry } from '../../docs/.vitepress/glossary/collect.ts'
import {
  checkRedirects,
  glossaryShortLinks,
  shortLinkSlug,
  sitePages,
  siteRedirects,
  type Redirect,
} from '../../docs/.vitepress/deploy/redirects.ts'

const redirects = siteRedirects('docs')
const pages = sitePages('docs')
const target = (source: string) => redirects.find((r) => r.source === source)?.destination

describe('the site redirects', () => {
  it('pass their own checks against the pages of the guide', () => {
    expect(() => checkRedirects(redirects, pages)).not.toThrow()
  })
  it('have the short links the issue names', () => {
    expect(target('/aibook')).toBe('/')
    expect(target('/license')).toBe('/about/license')
    expect(target('/mirrors')).toBe('/guide/mirrors')
    expect(target('/g/clip')).toBe('/glossary/clip')
    expect(target('/g/炼丹')).toBe('/glossary/jargon#炼丹')
    expect(target('/g/nai')).toBe('/glossary/jargon#nai')
  })
  it('give every glossary page a short link by its file name and its term', () => {
    for (const page of [...pages].filter((p) => p.startsWith('/glossary/'))) {
      const slug = page.slice('/glossary/'.length)
      expect(target(`/g/${slug}`), slug).toBe(page)
    }
    expect(target('/g/损失函数')).toBe('/glossary/loss-function')
  })
  it('send the MkDocs book paths to the pages holding that content', () => {
    expect(target('/GettingStarted/term')).toBe('/glossary')
    expect(target('/GettingStarted')).toBe('/')
    expect(target('/GettingStarted/state')).toBe('/about/license')
  })
})

describe('shortLinkSlug', () => {
  it.each([
    ['CLIP', 'clip'],
    ['Clip skip', 'clip-skip'],
    ['炼丹', '炼丹'],
    [' loss function ', 'loss-function'],
    ['a(b)*c', 'abc'],
  ])('%s → %s', (name, slug) => expect(shortLinkSlug(name)).toBe(slug))
})

describe('short links read the one glossary model (glossary/collect.ts)', () => {
  const glossary = collectGlossary()

  it('every name of every entry has its short link, to the page or to the jargon row of that name', () => {
    for (const entry of glossary) {
      for (const name of entry.names) {
        const wanted = entry.kind === 'jargon-row' ? jargonLink(name) : entry.link
        expect(target(`/g/${shortLinkSlug(name)}`), `${entry.id}: ${name}`).toBe(wanted)
      }
    }
  })
  it('every term page also by the slug of its file, which the model knows as the entry id', () => {
    const pagesOfModel = glossary.filter((e) => e.kind === 'page')
    expect(pagesOfModel.length).toBeGreaterThan(3)
    for (const entry of pagesOfModel) expect(target(`/g/${entry.id}`), entry.id).toBe(entry.link)
  })
  it('no other glossary short link than those of the model', () => {
    const fromModel = new Set(glossaryShortLinks(glossary).map((r) => r.source))
    const glossaryLinks = redirects.filter((r) => r.source.startsWith('/g/'))
    expect(glossaryLinks.length).toBeGreaterThan(10)
    for (const r of glossaryLinks) expect(fromModel.has(r.source), r.source).toBe(true)
  })
  it('a full-width spelling of a name gives the same short link as the half-width one', () => {
    expect(shortLinkSlug('ＣＬＩＰ')).toBe(shortLinkSlug('CLIP'))
    expect(shortLinkSlug('Ｃｌｉｐ\u3000ｓｋｉｐ')).toBe('clip-skip')
  })
})

describe('checkRedirects refuses, naming the entry and the fix', () => {
  const pageSet = new Set(['/', '/glossary/clip', '/glossary/jargon'])
  const r = (source: string, destination: string, origin = 'test'): Redirect => ({ source, destination, kind: 'short-link', origin })

  it('a redirect to a page that does not exist', () => {
    expect(() => checkRedirects([r('/g/x', '/glossary/nope', 'docs/glossary/x.md')], pageSet)).toThrow(
      /\/g\/x → \/glossary\/nope \(from docs\/glossary\/x\.md\): there is no page at \/glossary\/nope; point it at an existing page/,
    )
  })
  it('a duplicate short link with two targets, also when only the case differs', () => {
    expect(() => checkRedirects([r('/g/db', '/glossary/jargon', 'a.md'), r('/g/DB', '/glossary/clip', 'b.md')], pageSet)).toThrow(
      /duplicate short link \/g\/DB: a\.md sends it to \/glossary\/jargon, b\.md to \/glossary\/clip; rename one/,
    )
  })
  it('a source that would hide a page', () => {
    expect(() => checkRedirects([r('/glossary/clip', '/')], pageSet)).toThrow(/\/glossary\/clip \(from test\) is also a page/)
  })
  it('a source with route syntax or a trailing slash', () => {
    expect(() => checkRedirects([r('/g/:slug', '/')], pageSet)).toThrow(/must start with \//)
    expect(() => checkRedirects([r('/g/x/', '/')], pageSet)).toThrow(/without a trailing slash/)
  })
  it('accepts an anchor on an existing page, and the same target twice', () => {
    expect(() => checkRedirects([r('/g/a', '/glossary/jargon#a'), r('/g/a', '/glossary/jargon#a')], pageSet)).not.toThrow()
  })
})

describe('glossaryShortLinks', () => {
  it('refuses a name without letters or digits', () => {
    const entry: GlossaryEntry = { id: 'x', kind: 'page', term: 'X', names: ['X', '()'], summary: 'x。', link: '/glossary/x', page: 'glossary/x.md' }
    expect(() => glossaryShortLinks([entry])).toThrow(
      /docs\/glossary\/x\.md: "\(\)" has no letters or digits/,
    )
  })
})
