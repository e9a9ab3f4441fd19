// Static hosts: redirect stubs without scripts, `_headers`, and the build's check of inline scripts against the CSP.
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Redirect } from '../../docs/.vitepress/deploy/redirects.ts'
import { IMMUTABLE_CACHE, SECURITY_HEADERS, hashSource } from '../../docs/.vitepress/deploy/headers.ts'
import { headersFile, stubFile, writeRedirectStubs } from '../../docs/.vitepress/deploy/static-fallbacks.ts'
import { assertInlineScriptsAllowed, findInlineScripts } from '../../docs/.vitepress/deploy/inline-scripts.ts'

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
  it('hashes a script as the CSP does: sha256 of the exact text, base64', () => {
    // The example from the CSP Level 3 specification, section "hash-source".
    expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='")
  })
  it('lets a page through when every inline script is allowed by hash, and names the page and script otherwise', () => {
    const outDir = temp()
    mkdirSync(join(outDir, 'guide'))
    writeFileSync(join(outDir, 'guide', 'a.html'), page)
    const dark = '(()=>{document.documentElement.classList.add("dark")})();'
    const both = [hashSource(dark), hashSource('import "/x.js"')]
    expect(() => assertInlineScriptsAllowed(outDir, both)).not.toThrow()
    expect(() => assertInlineScriptsAllowed(outDir, [hashSource(dark)])).toThrow(
      /guide\/a\.html: <script type="module">import "\/x\.js"… \('sha256-[\w+/=]+'\)[\s\S]*INLINE_HEAD_SCRIPTS in docs\/\.vitepress\/deploy\/headers\.ts/,
    )
  })
  it('fail the build when a built page has a script the CSP would block', () => {
    const outDir = temp()
    mkdirSync(join(outDir, 'guide'))
    writeFileSync(join(outDir, 'guide', 'a.html'), page)
    writeFileSync(join(outDir, 'ok.html'), '<script src="/assets/app.js"></script><script type="application/ld+json">{}</script>')
    expect(() => assertInlineScriptsAllowed(outDir, [])).toThrow(/guide\/a\.html: <script id="check-dark-mode">/)
    expect(() => assertInlineScriptsAllowed(outDir, [])).not.toThrow(/ok\.html/)
    const all = findInlineScripts(page).map((s) => hashSource(s.code))
    expect(() => assertInlineScriptsAllowed(outDir, all)).not.toThrow()
  })
})
