// The first paint: module scripts and their preloads at low priority; no <style> element the CSP would drop.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CSP_DIRECTIVES, hashSource } from '../../docs/.vitepress/deploy/headers.ts'
import { assertInlineAllowed, assertInlineStylesAllowed, findInlineStyles } from '../../docs/.vitepress/deploy/inline-scripts.ts'
import { lowerScriptPriority } from '../../docs/.vitepress/deploy/script-priority.ts'
import { shared } from '../../docs/.vitepress/config/shared.ts'
import { listMarkdown, readPage } from '../support/docs.ts'

const temp = () => mkdtempSync(join(tmpdir(), 'first-paint-test-'))

// The head VitePress writes, with the print sheet our config adds.
const PAGE = `<!DOCTYPE html><html><head>
<link rel="preload stylesheet" href="/assets/style.X1.css" as="style">
<script type="module" src="/assets/chunks/metadata.M0.js"></script>
<script type="module" src="/assets/app.A1.js"></script>
<link rel="modulepreload" href="/assets/chunks/framework.B2.js">
<link rel="stylesheet" href="/print.css" media="print">
<script id="check-dark-mode">document.documentElement.classList.add("dark")</script>
</head><body><div id="app"><p>正文</p></div></body></html>`

describe('script priority', () => {
  it('marks module scripts and module preloads low, and nothing else', () => {
    const html = lowerScriptPriority(PAGE)
    expect(html).toContain('<script fetchpriority="low" type="module" src="/assets/chunks/metadata.M0.js"></script>')
    expect(html).toContain('<script fetchpriority="low" type="module" src="/assets/app.A1.js"></script>')
    expect(html).toContain('<link fetchpriority="low" rel="modulepreload" href="/assets/chunks/framework.B2.js">')
    expect(html.match(/fetchpriority/g)).toHaveLength(3)
    expect(html.replace(/ fetchpriority="low"/g, '')).toBe(PAGE)
  })
  it("leaves the page's body alone: a module script shown in the text or added there is not the head's", () => {
    const html = PAGE.replace('<p>正文</p>', '<script type="module" src="/widget.js"></script>')
    expect(lowerScriptPriority(html)).toContain('<script type="module" src="/widget.js"></script>')
    expect(lowerScriptPriority(html).match(/fetchpriority/g)).toHaveLength(3)
  })
  it('leaves a priority already set alone, and marks each tag once', () => {
    const set = '<link rel="modulepreload" fetchpriority="high" href="/a.js"><script type="module" fetchpriority="auto" src="/b.js"></script>'
    expect(lowerScriptPriority(set)).toBe(set)
    expect(lowerScriptPriority(lowerScriptPriority(PAGE))).toBe(lowerScriptPriority(PAGE))
  })
  it('rewrites every page VitePress writes (its transformHtml hook) and leaves pages without module scripts as they are', async () => {
    const transform = (html: string) => shared.transformHtml!(html, 'guide/a.html', {} as Parameters<NonNullable<typeof shared.transformHtml>>[2])
    expect(await transform(PAGE)).toBe(lowerScriptPriority(PAGE))
    const stub = '<meta http-equiv="refresh" content="0; url=/guide/a">'
    expect(await transform(stub)).toBe(stub)
  })
})

describe('inline styles', () => {
  it('finds <style> elements a browser applies, not other types', () => {
    const html = '<style>.a{}</style><style type="text/css">.b{}</style><style type="text/less">@x: 1;</style>'
    expect(findInlineStyles(html).map((s) => s.code)).toEqual(['.a{}', '.b{}'])
  })
  it('fail the build when a page has a <style> the CSP would block, naming the page, and pass a page without', () => {
    const dir = temp()
    writeFileSync(join(dir, 'ok.html'), PAGE)
    expect(() => assertInlineStylesAllowed(dir, CSP_DIRECTIVES['style-src-elem']!)).not.toThrow()
    writeFileSync(join(dir, 'own.html'), '<p>x</p><style>.mine{color:red}</style>')
    expect(() => assertInlineStylesAllowed(dir, CSP_DIRECTIVES['style-src-elem']!)).toThrow(
      /own\.html: <style>\.mine\{color:red\}… \('sha256-[\w+/=]+'\)[\s\S]*docs\/\.vitepress\/theme\/styles\//,
    )
    expect(() => assertInlineStylesAllowed(dir, [hashSource('.mine{color:red}')])).not.toThrow()
  })
})

describe('one pass over the build for both checks', () => {
  it('reports the scripts and the styles the CSP would block together, each with what to do', () => {
    const dir = temp()
    writeFileSync(join(dir, 'a.html'), '<script>alert(1)</script><style>.x{}</style>')
    expect(() => assertInlineAllowed(dir, { script: ["'self'"], style: ["'self'"] })).toThrow(
      /Inline scripts[\s\S]*a\.html: <script>alert\(1\)[\s\S]*INLINE_HEAD_SCRIPTS[\s\S]*Inline styles[\s\S]*a\.html: <style>\.x\{\}[\s\S]*theme\/styles/,
    )
    expect(() => assertInlineAllowed(dir, { script: [hashSource('alert(1)')] })).not.toThrow()
  })
})

describe('CSS the site leaves out', () => {
  it("has no page writing VitePress's ::: code-group, whose style sheet theme/default-theme.ts does not load", () => {
    const users = listMarkdown().filter((file) => /^\s*:{3,}\s*code-group\b/m.test(readPage(file).body))
    expect(users).toEqual([])
  })
})
