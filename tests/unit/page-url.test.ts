// The one source-path → URL conversion (docs/.vitepress/page-url.ts): clean URLs, `index`, base and trailing slash.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { builtFileCandidates, normalizeBase, pageHref, pagePath, pageRoute, pageSpellings, sourceOfBuiltPage, withBase } from '../../docs/.vitepress/page-url.ts'
import { sitemapUrl } from '../../docs/.vitepress/last-updated.ts'
import { crawlSite } from '../../scripts/lib/site-crawl.ts'
import { linkKey } from '../../scripts/lib/source-locator.ts'

describe('pageRoute: the route VitePress and its sitemap use', () => {
  it.each([
    ['index.md', ''],
    ['glossary/index.md', 'glossary/'],
    ['guide/advanced/index.md', 'guide/advanced/'],
    ['glossary/clip.md', 'glossary/clip'],
    ['术语/炼丹.md', '术语/炼丹'],
    ['术语/index.md', '术语/'],
    ['glossary/clip.html', 'glossary/clip'],
    ['guide/advanced/index.html', 'guide/advanced/'],
    ['index.html', ''],
    ['guide/indexing.md', 'guide/indexing'],
    ['guide/reindex.md', 'guide/reindex'],
  ])('%s → "%s"', (file, route) => {
    expect(pageRoute(file)).toBe(route)
  })
})

describe('pagePath: what the deployment serves (no trailing slash)', () => {
  it.each([
    ['index.md', '/'],
    ['guide/advanced/index.md', '/guide/advanced'],
    ['术语/炼丹.md', '/术语/炼丹'],
    ['术语/index.md', '/术语'],
    ['/glossary/', '/glossary'],
    ['/glossary/clip.html', '/glossary/clip'],
    ['/glossary/index', '/glossary'],
    ['/', '/'],
  ])('%s → %s', (file, path) => {
    expect(pagePath(file)).toBe(path)
  })
})

describe('pageSpellings: every link path that leads to one page', () => {
  it.each([
    ['/guide/sd-and-nai', ['/guide/sd-and-nai', '/guide/sd-and-nai.html', '/guide/sd-and-nai/']],
    ['/guide/sd-and-nai.html#mirrors', ['/guide/sd-and-nai', '/guide/sd-and-nai.html', '/guide/sd-and-nai/']],
    ['/glossary/', ['/glossary', '/glossary/', '/glossary/index', '/glossary/index.html']],
    ['/术语/index.html', ['/术语', '/术语/', '/术语/index', '/术语/index.html']],
    ['/', ['/', '/index', '/index.html']],
  ])('%s', (link, spellings) => {
    expect(pageSpellings(link)).toEqual(spellings)
  })

  it('every spelling comes back to the same served path', () => {
    for (const link of ['/guide/sd-and-nai', '/glossary/', '/']) for (const s of pageSpellings(link)) expect(pagePath(s), s).toBe(pagePath(link))
  })
})

describe('pageHref: base plus route, as VitePress links pages', () => {
  it.each([
    ['index.md', '/', true, '/'],
    ['index.md', '/aidraw/', true, '/aidraw/'],
    ['glossary/index.md', '/aidraw/', true, '/aidraw/glossary/'],
    ['术语/炼丹.md', '/aidraw/', true, '/aidraw/术语/炼丹'],
    ['glossary/clip.md', '/', false, '/glossary/clip.html'],
    ['glossary/index.md', '/', false, '/glossary/'],
    ['guide/a/index.html', 'book', true, '/book/guide/a/'],
  ])('%s under %s (cleanUrls %s) → %s', (file, base, cleanUrls, href) => {
    expect(pageHref(file, { base, cleanUrls })).toBe(href)
  })

  it('puts exactly one slash between base and path, whatever the spelling of the base', () => {
    for (const base of ['aidraw', '/aidraw', 'aidraw/', '/aidraw/', ' /aidraw// ']) {
      expect(normalizeBase(base), base).toBe('/aidraw/')
      expect(withBase(base, '/glossary/clip'), base).toBe('/aidraw/glossary/clip')
    }
    expect(normalizeBase('')).toBe('/')
  })

  it('maps a built page back to its Markdown source', () => {
    expect(sourceOfBuiltPage('术语/index.html')).toBe('术语/index.md')
    expect(pageRoute(sourceOfBuiltPage('guide/advanced/index.html'))).toBe(pageRoute('guide/advanced/index.html'))
  })
})

describe('every user of page URLs agrees with page-url.ts', () => {
  const dist = mkdtempSync(join(tmpdir(), 'aidraw-page-url-'))
  afterAll(() => rmSync(dist, { recursive: true, force: true }))
  const built = ['index.html', 'glossary/index.html', 'glossary/clip.html', '术语/炼丹.html', 'guide/advanced/index.html']
  for (const file of built) {
    mkdirSync(join(dist, dirname(file)), { recursive: true })
    writeFileSync(join(dist, file), '<!DOCTYPE html><html><body><div class="vp-doc"></div></body></html>')
  }

  it('the crawler gives each built page the href of its source', async () => {
    const site = await crawlSite(dist, { base: '/aidraw/' })
    expect([...site.pages.keys()].sort()).toEqual([...built].sort())
    for (const page of site.pages.values()) {
      expect(page.urlPath, page.relPath).toBe(pageHref(sourceOfBuiltPage(page.relPath), { base: '/aidraw/' }))
    }
  })

  it('the sitemap dates are keyed by the route', () => {
    for (const file of ['index.md', 'glossary/index.md', '术语/炼丹.md']) expect(sitemapUrl(file)).toBe(pageRoute(file))
  })

  it('the source locator keys a Markdown link and its built spelling alike', () => {
    const here = new URL('https://site.invalid/glossary/')
    expect(linkKey('./clip.md', here)).toBe(linkKey('/glossary/clip.html', here))
    expect(linkKey('../术语/炼丹.md', here)).toBe('/' + pageRoute('术语/炼丹.md'))
    expect(linkKey('./index.md', here)).toBe('/' + pageRoute('glossary/index.md'))
  })
})

describe('builtFileCandidates: which built file serves a path', () => {
  it.each([
    ['', ['index.html']],
    ['术语/', ['术语/index.html']],
    ['术语/炼丹', ['术语/炼丹', '术语/炼丹.html', '术语/炼丹/index.html']],
  ])('"%s" → %j', (path, files) => {
    expect(builtFileCandidates(path)).toEqual(files)
  })
  it('finds the built file of every source page among its candidates', () => {
    for (const source of ['index.md', 'glossary/index.md', '术语/炼丹.md', 'guide/advanced/index.md']) {
      const built = source.replace(/\.md$/, '.html')
      expect(builtFileCandidates(pageRoute(source)), source).toContain(built)
      expect(builtFileCandidates(pagePath(source).slice(1)), source).toContain(built)
    }
  })
})
