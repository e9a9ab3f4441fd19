// Site-wide settings: page paths for canonical links and the SITE_URL override.
import { describe, expect, it } from 'vitest'
import { pagePath } from '../../docs/.vitepress/page-url.ts'
import { DEFAULT_SITE_URL, siteUrl } from '../../docs/.vitepress/site.ts'

describe('pagePath', () => {
  it.each([
    ['index.md', '/'],
    ['glossary/index.md', '/glossary'],
    ['glossary/clip.md', '/glossary/clip'],
    ['about/license.md', '/about/license'],
  ])('%s → %s', (source, path) => {
    expect(pagePath(source)).toBe(path)
  })
})

describe('siteUrl', () => {
  it('defaults to the Vercel domain', () => {
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL)
  })
  it('takes SITE_URL without its trailing slash', () => {
    expect(siteUrl({ SITE_URL: 'https://draw.dianas.cyou/' })).toBe('https://draw.dianas.cyou')
    expect(siteUrl({ SITE_URL: 'https://example.org/book//' })).toBe('https://example.org/book')
  })
  it('rejects a value that is not an http(s) URL, saying what to set', () => {
    expect(() => siteUrl({ SITE_URL: 'draw.dianas.cyou' })).toThrow(/SITE_URL=https:\/\//)
    expect(() => siteUrl({ SITE_URL: 'ftp://example.org' })).toThrow(/http or https/)
  })
})
