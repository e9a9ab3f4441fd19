// The CSP and headers as data: strict scripts (VitePress's head scripts by hash), exactly the image hosts pages use, no <style> elements.
import { createHash } from 'node:crypto'
import { transformWithEsbuild } from 'vite'
import { resolveConfig } from 'vitepress'
import { describe, expect, it } from 'vitest'
import { CSP_DIRECTIVES, HEADER_RULES, IMAGE_HOSTS, INLINE_HEAD_SCRIPTS, NO_CACHE, REVALIDATE_CACHE, contentSecurityPolicy } from '../../docs/.vitepress/deploy/headers.ts'
import { MANIFEST_FILE, SERVICE_WORKER_FILE } from '../../docs/.vitepress/pwa/file-names.ts'
import { shared } from '../../docs/.vitepress/config/shared.ts'
import { listMarkdown, readPage } from '../support/docs.ts'

describe('the Content-Security-Policy', () => {
  it("allows scripts only from the site and VitePress's two head scripts by hash, without unsafe-inline or unsafe-eval", () => {
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'", hash(INLINE_HEAD_SCRIPTS['check-dark-mode']!), hash(INLINE_HEAD_SCRIPTS['check-mac-os']!)])
    expect(CSP_DIRECTIVES['default-src']).toEqual(["'self'"])
    expect(contentSecurityPolicy()).toContain("frame-ancestors 'none'")
  })
  it('allows exactly the image hosts the pages link images from', () => {
    const used = new Set<string>()
    for (const file of listMarkdown()) {
      const { body } = readPage(file)
      for (const m of body.matchAll(/(?:<img[^>]*\ssrc="|!\[[^\]]*\]\()(https?:\/\/[^"\s)]+)/g)) used.add(new URL(m[1]!).host)
    }
    expect([...used].sort()).toEqual([...IMAGE_HOSTS].sort())
  })
  it("admits no <style> element: dark mode is set without @vueuse's transition-blocking one", () => {
    expect(CSP_DIRECTIVES['style-src-elem']).toEqual(["'self'"])
    expect(shared.appearance).toEqual({ disableTransition: false })
  })
  it('has the head scripts exactly as VitePress writes them into pages (minified by esbuild)', async () => {
    // If this fails after an upgrade, copy the new text into INLINE_HEAD_SCRIPTS and run npm run vercel:json.
    const config = await resolveConfig('docs', 'build', 'production')
    const scripts = config.site.head.filter(([tag, attrs]) => tag === 'script' && typeof attrs.id === 'string' && attrs.id.startsWith('check-'))
    const written: Record<string, string> = {}
    for (const [, attrs, code] of scripts) written[String(attrs.id)] = (await transformWithEsbuild(code ?? '', 'inline-script.js', { minify: true })).code.trim()
    expect(written).toEqual(INLINE_HEAD_SCRIPTS)
  }, 30_000)
})

describe('the offline app under the CSP and the cache rules', () => {
  it("allows the service worker and the manifest from the site itself only", () => {
    expect(CSP_DIRECTIVES['worker-src']).toEqual(["'self'"])
    expect(CSP_DIRECTIVES['manifest-src']).toEqual(["'self'"])
    expect(contentSecurityPolicy()).toContain("worker-src 'self'; manifest-src 'self'")
  })
  it('serves the worker and the manifest with no-cache: the last matching rule wins, as on Vercel', () => {
    for (const file of [SERVICE_WORKER_FILE, MANIFEST_FILE]) {
      const rules = HEADER_RULES.filter((rule) => new RegExp(`^${rule.source}$`).test(`/${file}`))
      const cacheControl = rules.flatMap((rule) => rule.headers['Cache-Control'] ?? []).at(-1)
      expect(cacheControl, file).toBe(NO_CACHE)
    }
    const page = HEADER_RULES.filter((rule) => new RegExp(`^${rule.source}$`).test('/glossary/clip')).flatMap((rule) => rule.headers['Cache-Control'] ?? [])
    expect(page.at(-1)).toBe(REVALIDATE_CACHE)
  })
})
