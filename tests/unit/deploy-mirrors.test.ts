// The one list of mirrors against the mirrors page, the default build, and the absolute-link plugin index pages rely on.
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { CHINA_MIRROR, MIRRORS, VERCEL_MIRROR, availabilityLabel, mirrorFor, otherMirrors } from '../../docs/.vitepress/mirrors.ts'
import { absoluteLinksPlugin } from '../../docs/.vitepress/markdown/absolute-links.ts'
import { DEFAULT_SITE_URL, canonicalUrl, siteBase, siteUrl } from '../../docs/.vitepress/site.ts'
import { DOCS, readPage } from '../support/docs.ts'

describe('the mirrors page', () => {
  const { body } = readPage(`${DOCS}/guide/mirrors.md`)
  const rows = body.split('\n').filter((line) => /^\|\s*<span/.test(line))

  it('has one table row per mirror, with its label and address', () => {
    expect(rows).toHaveLength(MIRRORS.length)
    for (const mirror of MIRRORS) {
      const row = rows.find((r) => r.includes(`(${mirror.url}/)`))
      expect(row, mirror.url).toBeDefined()
      expect(row).toContain(`>${availabilityLabel(mirror)}<`)
      if (mirror.shortLink) expect(row).toContain(mirror.shortLink)
    }
  })
})

describe('mirrors', () => {
  it('the default build is the Vercel mirror, and the switcher finds the other one', () => {
    expect(DEFAULT_SITE_URL).toBe(VERCEL_MIRROR.url)
    expect(mirrorFor(siteUrl({}))).toBe(VERCEL_MIRROR)
    expect(otherMirrors(mirrorFor('https://draw.dianas.cyou/'))).toEqual([VERCEL_MIRROR])
    expect(otherMirrors(undefined)).toEqual([...MIRRORS])
    expect(availabilityLabel(CHINA_MIRROR)).toBe('国内可用')
  })
  it('every mirror names the same canonical origin unless told otherwise', () => {
    expect(canonicalUrl({ SITE_URL: CHINA_MIRROR.url })).toBe(VERCEL_MIRROR.url)
    expect(canonicalUrl({ CANONICAL_URL: 'https://draw.dianas.cyou/' })).toBe('https://draw.dianas.cyou')
  })
  it('BASE serves the site under a sub-path of SITE_URL', () => {
    expect(siteUrl({ SITE_URL: 'https://example.org', BASE: '/book/' })).toBe('https://example.org/book')
    expect(siteBase({ SITE_URL: 'https://example.org', BASE: 'book' })).toBe('/book/')
    expect(siteBase({})).toBe('/')
    expect(() => siteUrl({ SITE_URL: 'https://example.org/a', BASE: '/b/' })).toThrow(/disagrees with BASE/)
  })
})

describe('absoluteLinksPlugin', () => {
  const md = new MarkdownIt().use(absoluteLinksPlugin)
  const render = (src: string, relativePath: string) => md.render(src, { relativePath })
  it('resolves relative links against the page source, so /glossary and /glossary/ agree', () => {
    expect(render('[黑话](./jargon)', 'glossary/index.md')).toContain('href="/glossary/jargon"')
    expect(render('[x](../guide/mirrors.md#怎么选)', 'glossary/clip.md')).toContain('href="/guide/mirrors.md#%E6%80%8E%E4%B9%88%E9%80%89"')
  })
  it('leaves absolute, external, anchor and mail links alone', () => {
    for (const href of ['/a', 'https://x.org/a', '#top', 'mailto:a@b.c']) {
      expect(render(`[x](${href})`, 'glossary/index.md'), href).toContain(`href="${href}"`)
    }
  })
})
