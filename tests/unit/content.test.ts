// The guide carries every fact of the seed page: headings, links, glossary terms, jargon rows, licence.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectGlossary } from '../../docs/.vitepress/glossary/collect.ts'
import { DOCS, ROOT, headings, listMarkdown, readPage } from '../support/docs.ts'

const seed = readFileSync(join(ROOT, 'tests/fixtures/seed/AiDraw.md'), 'utf8')
const pages = listMarkdown().map(readPage)
const allText = pages.map((p) => p.body + '\n' + JSON.stringify(p.frontmatter)).join('\n')

const TERM_PAGES = {
  'loss-function': '损失函数',
  'latent-space': '潜在空间',
  ensd: 'ENSD',
  clip: 'CLIP',
  cuda: 'CUDA',
  ldm: 'LDM',
} as const

/** Collapses whitespace and the spaces Chinese copy-editing adds between CJK and Latin text. */
function loose(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s“”"]+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/[，,]/g, ',')
}

describe('glossary term pages', () => {
  for (const [slug, term] of Object.entries(TERM_PAGES)) {
    it(`${slug}.md exists with title, term, summary and a body`, () => {
      const file = join(DOCS, 'glossary', `${slug}.md`)
      expect(existsSync(file), `${file} is missing`).toBe(true)
      const page = readPage(file)
      expect(page.frontmatter.title).toBe(term)
      expect(page.frontmatter.term).toBe(term)
      expect(String(page.frontmatter.summary ?? '').length).toBeGreaterThan(5)
      const [h1, ...rest] = headings(page.body)
      expect(h1).toEqual({ depth: 1, text: term })
      expect(rest.filter((h) => h.depth === 1)).toEqual([])
      const prose = page.body.replace(/^#.*$/gm, '').trim()
      expect(prose.length).toBeGreaterThan(20)
    })
  }

  it('has an index page that links every term page and the jargon table', () => {
    // The index table is generated from the glossary data loader (GlossaryIndex.vue); what it lists
    // is the loader's output. tests/e2e/glossary.spec.ts checks the links on the built page.
    const index = readPage(join(DOCS, 'glossary/index.md'))
    expect(index.body).toMatch(/^<GlossaryIndex \/>$/m)
    const listed = collectGlossary().filter((entry) => entry.kind === 'page')
    for (const [slug, term] of [...Object.entries(TERM_PAGES), ['jargon', '黑话']]) {
      expect(listed).toContainEqual(expect.objectContaining({ term, link: `/glossary/${slug}` }))
    }
  })
})

describe('seed content', () => {
  it('keeps every seed heading as a heading or page title', () => {
    const ours = pages.flatMap((p) => [
      ...headings(p.body).map((h) => h.text),
      String(p.frontmatter.title ?? ''),
      String((p.frontmatter.hero as { name?: string } | undefined)?.name ?? ''),
    ])
    const missing = headings(seed)
      .map((h) => h.text)
      .filter((text) => !ours.some((o) => loose(o).includes(loose(text))))
    expect(missing).toEqual([])
  })

  it('keeps every link of the seed', () => {
    const urls = [...seed.matchAll(/https?:\/\/[^\s)"<>]+/g)].map((m) => m[0])
    expect(urls.length).toBeGreaterThan(10)
    const missing = urls.filter((url) => !allText.includes(url))
    expect(missing).toEqual([])
  })

  it('keeps the seed sentences of every section', () => {
    // Each line of seed prose (not headings, tables, code or HTML) appears, ignoring spacing and
    // full-width/half-width punctuation that copy-editing normalised.
    const ourLoose = loose(allText.replace(/\*\*|\[|\]\([^)]*\)|\]/g, ''))
    const proseLines = seed
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/```[\s\S]*?```/g, '')
      .split('\n')
      .map((l) => l.trim())
      // Mirror lines are lists of addresses; the link test above checks every one of them.
      .filter((l) => l && !/^(#|\||<|!\[|>|-|!!!|\[!|\[https?:)/.test(l))
      .map((l) => l.replace(/\*\*|\[|\]\([^)]*\)|\]/g, ''))
      .map((l) => l.replace(/\(https?:[^)]*\)/g, ''))
    expect(proseLines.length).toBeGreaterThan(15)
    const missing = proseLines.filter((l) => !ourLoose.includes(loose(l)))
    expect(missing).toEqual([])
  })

  it('has the 14 jargon rows of the seed, in order', () => {
    const rows = (text: string) =>
      text
        .split('\n')
        .filter((l) => /^\|/.test(l.trim()))
        .slice(2)
        .map((l) => l.split('|')[1]!.trim())
    const seedRows = rows(seed.slice(seed.indexOf('### 黑话'), seed.indexOf('### ENSD')))
    const jargon = readPage(join(DOCS, 'glossary/jargon.md'))
    expect(seedRows).toHaveLength(14)
    expect(rows(jargon.body)).toEqual(seedRows)
  })

  it('keeps the NAI-leak report as an MkDocs admonition in the source', () => {
    const page = readPage(join(DOCS, 'guide/sd-and-nai.md'))
    expect(page.body).toMatch(/^!!! info "\*\*事件报告\*\*"$/m)
  })
})

describe('licence', () => {
  it('LICENSE-GFDL.md is the verbatim GNU FDL 1.3 text', () => {
    const debian = '/usr/share/common-licenses/GFDL-1.3'
    expect(existsSync(debian), `${debian} (Debian base-files) is needed to compare`).toBe(true)
    const words = (s: string) =>
      s
        .replace(/^#+ /gm, '')
        .replace(/^```(text)?$/gm, '')
        .replace(/\s+/g, ' ')
        .trim()
    const ours = readFileSync(join(ROOT, 'LICENSE-GFDL.md'), 'utf8')
    expect(words(ours)).toBe(words(readFileSync(debian, 'utf8')))
  })

  it('the licence page includes it and carries the seed copyright notice', () => {
    const page = readPage(join(DOCS, 'about/license.md'))
    expect(page.body).toContain('<!--@include: ../../LICENSE-GFDL.md')
    expect(page.body).toContain('Copyright (C)  2022  StableDiffusionBook.')
    expect(page.body).toContain('with no Invariant Sections, no Front-Cover Texts, and no Back-Cover Texts.')
  })
})
