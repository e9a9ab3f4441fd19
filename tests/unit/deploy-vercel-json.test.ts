// vercel.json: generated from the redirect list and header rules, checked in, and accepted by Vercel's own route converter.
import { readFileSync } from 'node:fs'
import { getTransformedRoutes } from '@vercel/routing-utils'
import { describe, expect, it } from 'vitest'
import { toLf } from '../../docs/.vitepress/text.ts'
import { MAX_VERCEL_REDIRECTS, type Redirect } from '../../docs/.vitepress/deploy/redirects.ts'
import { isVercelJsonCurrent, renderVercelJson, vercelConfig, vercelRedirects } from '../../docs/.vitepress/deploy/vercel-config.ts'

const checkedIn = readFileSync('vercel.json', 'utf8')

describe('vercel.json', () => {
  it('is up to date with docs/.vitepress/deploy/redirects.ts and headers.ts (run npm run vercel:json)', () => {
    // Line endings aside (a CRLF checkout is current), with the difference shown when it is not.
    expect(toLf(checkedIn)).toBe(renderVercelJson(vercelConfig('docs')))
  })
  it('counts a CRLF checkout of the same text as current, and a changed one as out of date', () => {
    const wanted = renderVercelJson(vercelConfig('docs'))
    expect(isVercelJsonCurrent(wanted.replace(/\n/g, '\r\n'), wanted)).toBe(true)
    expect(isVercelJsonCurrent(wanted.replace('"cleanUrls": true', '"cleanUrls": false').replace(/\n/g, '\r\n'), wanted)).toBe(false)
  })
  it('builds into docs/.vitepress/dist with clean URLs and no trailing slashes', () => {
    const json = JSON.parse(checkedIn)
    expect(json).toMatchObject({
      buildCommand: 'npm run build',
      outputDirectory: 'docs/.vitepress/dist',
      cleanUrls: true,
      trailingSlash: false,
    })
  })
  it('is accepted by Vercel route conversion', () => {
    const { error, routes } = getTransformedRoutes(JSON.parse(checkedIn))
    expect(error).toBeNull()
    expect(routes!.length).toBeGreaterThan(10)
  })
  it('lists a non-ASCII short link in both spellings, with an ASCII destination', () => {
    const json = JSON.parse(checkedIn) as { redirects: { source: string; destination: string }[] }
    const raw = json.redirects.find((r) => r.source === '/g/炼丹')
    const encoded = json.redirects.find((r) => r.source === encodeURI('/g/炼丹'))
    expect(raw).toBeDefined()
    expect(encoded?.destination).toBe(raw?.destination)
    for (const r of json.redirects) expect(r.destination, r.source).toMatch(/^[\x21-\x7e]+$/)
  })
})

describe('vercelRedirects', () => {
  const many = (n: number): Redirect[] =>
    Array.from({ length: n }, (_, i) => ({ source: `/g/t${i}`, destination: '/', kind: 'short-link', origin: `entry ${i}` }))

  it('accepts exactly the cap', () => {
    expect(vercelRedirects(many(MAX_VERCEL_REDIRECTS))).toHaveLength(MAX_VERCEL_REDIRECTS)
  })
  it('fails past the cap, saying how many, the limit and what to do', () => {
    expect(() => vercelRedirects(many(MAX_VERCEL_REDIRECTS + 1))).toThrow(
      /1025 redirects but Vercel accepts at most 1024.*last one that fits is \/g\/t1023.*run npm run vercel:json/s,
    )
  })
})
