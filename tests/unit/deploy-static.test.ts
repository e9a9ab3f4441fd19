// Static hosts: redirect stubs without scripts, `_headers`, and inline scripts moved into files.
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Redirect } from '../../docs/.vitepress/redirects.ts'
import { IMMUTABLE_CACHE, SECURITY_HEADERS } from '../../docs/.vitepress/headers.ts'
import { headersFile, stubFile, writeRedirectStubs } from '../../scripts/deploy/static-fallbacks.ts'
import { assertNoInlineScripts, externalizeInlineScripts, findInlineScripts } from '../../scripts/deploy/inline-scripts.ts'

const temp = () => mkdtempSync(join(tmpdir(), 'deploy-test-'))
const redirect = (source: string, destination: string, kind: Redirect['kind'] = 'short-link'): Redirect => ({
  source,
  destination,
  kind,
  origin: 'test',
})

describe('redirect stubs', () => {
  it('put short links at name.html and MkDocs directory URLs at dir/index.html', () => {
    expect(stubFile(redirect('/g/clip', '/glossary/clip'))).toBe('g/clip.html')
    expect(stubFile(redirect('/GettingStarted/term', '/glossary', 'legacy'))).toBe('GettingStarted/term/index.html')
  })
  it('refresh to the target under the base, name the canonical page and carry a link, without scripts', () => {
    const outDir = temp()
    writeRedirectStubs([redirect('/g/炼丹', '/glossary/jargon#炼丹')], {
      outDir,
      base: '/book/',
      canonicalUrl: 'https://canonical.example',
    })
    const html = readFileSync(join(outDir, 'g/炼丹.html'), 'utf8')
    const target = '/book/glossary/jargon#%E7%82%BC%E4%B8%B9'
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`)
    expect(html).toContain('<link rel="canonical" href="https://canonical.example/glossary/jargon#%E7%82%BC%E4%B8%B9">')
    expect(html).toContain(`<a href="${target}">`)
    expect(html).not.toContain('<script')
  })
  it('refuse to overwrite a built page', () => {
    const outDir = temp()
    writeFileSync(join(outDir, 'aibook.html'), 'a page')
    expect(() => writeRedirectStubs([redirect('/aibook', '/')], { outDir, base: '/', canonicalUrl: 'https://x' })).toThrow(
      /aibook\.html for \/aibook \(from test\) would overwrite a built file/,
    )
  })
})

describe('_headers', () => {
  it('carries the security headers for every path and the immutable cache for /assets/*', () => {
    const text = headersFile()
    expect(text).toContain(`/*\n  Content-Security-Policy: ${SECURITY_HEADERS['Content-Security-Policy']}\n`)
    expect(text).toContain(`/assets/*\n  Cache-Control: ${IMMUTABLE_CACHE}\n`)
    // Netlify and Cloudflare merge matching rules: a /* Cache-Control would be appended to the assets' one.
    expect(text.match(/^ {2}Cache-Control:/gm)).toHaveLength(1)
  })
})

describe('inline scripts', () => {
  const page = `<!DOCTYPE html><html><head>
<script type="module" src="/assets/app.js"></script>
<script id="check-dark-mode">(()=>{document.documentElement.classList.add("dark")})();</script>
<script type="application/ld+json">{"@type":"WebSite"}</script>
</head><body><div id="app"></div><script type="module">import "/x.js"</script></body></html>`

  it('finds executable inline scripts only', () => {
    expect(findInlineScripts(page).map((s) => s.openTag)).toEqual(['<script id="check-dark-mode">', '<script type="module">'])
  })
  it('moves them into hashed files under assets, keeping their attributes and place', () => {
    const outDir = temp()
    const out = externalizeInlineScripts(page, { outDir, base: '/book/', assetsDir: 'assets' })
    expect(findInlineScripts(out)).toEqual([])
    const dark = /<script id="check-dark-mode" src="\/book\/assets\/(inline-script\.[\w-]+\.js)"><\/script>/.exec(out)
    expect(dark).not.toBeNull()
    expect(readFileSync(join(outDir, 'assets', dark![1]!), 'utf8')).toBe('(()=>{document.documentElement.classList.add("dark")})();\n')
    expect(out).toMatch(/<script type="module" src="\/book\/assets\/inline-script\.[\w-]+\.js"><\/script><\/body>/)
    expect(out).toContain('<script type="application/ld+json">{"@type":"WebSite"}</script>')
  })
  it('fail the build when a built page still has one', () => {
    const outDir = temp()
    mkdirSync(join(outDir, 'guide'))
    writeFileSync(join(outDir, 'guide', 'a.html'), page)
    expect(() => assertNoInlineScripts(outDir)).toThrow(/guide\/a\.html: <script id="check-dark-mode">/)
    expect(existsSync(join(outDir, 'assets'))).toBe(false)
  })
})
