// The CSP and headers as data: strict scripts, exactly the image hosts pages use, the one hashed <style>.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CSP_DIRECTIVES, DISABLE_TRANSITIONS_CSS, IMAGE_HOSTS, contentSecurityPolicy } from '../../docs/.vitepress/headers.ts'
import { listMarkdown, readPage } from '../support/docs.ts'

describe('the Content-Security-Policy', () => {
  it('allows scripts only from the site, without unsafe-inline or unsafe-eval', () => {
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"])
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
  it('hashes the <style> text @vueuse/core inserts while switching colour schemes', () => {
    // If this fails after an upgrade, copy the new CSS_DISABLE_TRANS into headers.ts and run npm run vercel:json.
    const vueuse = readFileSync('node_modules/@vueuse/core/index.mjs', 'utf8')
    expect(vueuse).toContain(`const CSS_DISABLE_TRANS = "${DISABLE_TRANSITIONS_CSS}"`)
    expect(CSP_DIRECTIVES['style-src-elem']!.some((s) => s.startsWith("'sha256-"))).toBe(true)
  })
})
