// The preview's model of Vercel: vercel.json routes in Vercel's order, then files, then 404.html.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentType, createVercelRouter } from '../../docs/.vitepress/deploy/vercel-router.ts'

const site = mkdtempSync(join(tmpdir(), 'deploy-router-'))
for (const file of ['index.html', '404.html', 'glossary/index.html', 'glossary/clip.html', 'assets/app.1234.js']) {
  mkdirSync(join(site, file, '..'), { recursive: true })
  writeFileSync(join(site, file), file)
}
const route = createVercelRouter(
  {
    cleanUrls: true,
    trailingSlash: false,
    redirects: [
      { source: '/g/clip', destination: '/glossary/clip', permanent: true },
      { source: '/g/炼丹', destination: '/glossary/jargon', permanent: true },
    ],
    headers: [
      { source: '/(.*)', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] },
      { source: '/assets/(.*)', headers: [{ key: 'Cache-Control', value: 'immutable' }] },
    ],
  },
  site,
)

describe('the Vercel-like router', () => {
  it.each([
    ['/index.html', '/'],
    ['/glossary/index.html', '/glossary'],
    ['/glossary/clip.html', '/glossary/clip'],
    ['/glossary/clip/', '/glossary/clip'],
    ['/g/clip', '/glossary/clip'],
    ['/G/CLIP', '/glossary/clip'],
    ['/g/%E7%82%BC%E4%B8%B9', '/glossary/jargon'],
  ])('redirects %s to %s with 308', (path, location) => {
    expect(route(path)).toMatchObject({ status: 308, headers: { Location: location } })
  })
  it('keeps the query string on a redirect', () => {
    expect(route('/g/clip', '?from=qq').headers.Location).toBe('/glossary/clip?from=qq')
  })
  it('serves clean URLs and directory indexes with the matching headers', () => {
    expect(route('/glossary/clip')).toMatchObject({ status: 200, file: join(site, 'glossary/clip.html') })
    expect(route('/glossary')).toMatchObject({ status: 200, file: join(site, 'glossary/index.html') })
    const asset = route('/assets/app.1234.js')
    expect(asset.headers).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'immutable' })
  })
  it('answers 404.html with status 404, also for paths that climb out of the site', () => {
    expect(route('/nope')).toMatchObject({ status: 404, file: join(site, '404.html') })
    expect(route('/%2e%2e/%2e%2e/etc/passwd')).toMatchObject({ status: 404 })
  })
})

describe('contentType (mrmime)', () => {
  it('names text files with their charset, binary files without, unknown files as bytes', () => {
    expect(contentType('dist/glossary/clip.html')).toBe('text/html; charset=utf-8')
    expect(contentType('dist/assets/app.Qw34.js')).toMatch(/^(text|application)\/javascript; charset=utf-8$/)
    expect(contentType('dist/hashmap.json')).toBe('application/json; charset=utf-8')
    expect(contentType('dist/logo.svg')).toBe('image/svg+xml')
    expect(contentType('dist/assets/font.woff2')).toBe('font/woff2')
    expect(contentType('dist/IMAGE.PNG')).toBe('image/png')
    expect(contentType('dist/unknown.zzz')).toBe('application/octet-stream')
  })
})
