// For hosts that ignore vercel.json (GitHub Pages, object storage behind a CDN): redirect stub pages and a `_headers` file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { escapeHtml } from 'markdown-it/lib/common/utils.mjs'
import { HEADER_RULES, REVALIDATE_CACHE } from './headers.ts'
import { withBase } from '../page-url.ts'
import type { Redirect } from './redirects.ts'

/**
 * Where a static host looks for the stub of a redirect: MkDocs paths were directory URLs, so their stub
 * is `dir/index.html` (served for `/dir/`, and for `/dir` by hosts that add the slash); a short link
 * gets `name.html`, which GitHub Pages and most CDNs serve for the extensionless `/name`.
 */
export function stubFile(redirect: Redirect): string {
  const path = redirect.source.replace(/^\//, '')
  return redirect.kind === 'legacy' ? join(path, 'index.html') : `${path}.html`
}

/** A page that sends the reader on without a script: meta refresh, canonical link, and a link to click. */
export function stubHtml(target: string, canonical: string): string {
  const href = escapeHtml(target)
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>页面已移动 | AiDraw</title>
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta name="robots" content="noindex">
</head>
<body>
<p>此页面已移动到 <a href="${href}">${href}</a>。</p>
</body>
</html>
`
}

export interface StubOptions {
  outDir: string
  /** VitePress `base` of this build, with slashes on both ends. */
  base: string
  /** The canonical origin (plus base path), without a trailing slash. */
  canonicalUrl: string
}

/** Writes one stub per redirect; refuses to overwrite a built file (the redirect would hide a page). */
export function writeRedirectStubs(redirects: readonly Redirect[], options: StubOptions): string[] {
  const written: string[] = []
  for (const redirect of redirects) {
    const file = join(options.outDir, stubFile(redirect))
    if (existsSync(file)) {
      throw new Error(`redirect stub ${file} for ${redirect.source} (from ${redirect.origin}) would overwrite a built file`)
    }
    const target = encodeURI(withBase(options.base, redirect.destination))
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, stubHtml(target, encodeURI(options.canonicalUrl + redirect.destination)))
    written.push(file)
  }
  return written
}

/**
 * The header rules in the `_headers` format that Netlify and Cloudflare Pages read. Those hosts merge
 * every rule that matches a path and cannot say "everything but /assets/", so HTML revalidation is
 * left to their defaults instead of a `/*` rule that would also hit the immutable assets.
 */
export function headersFile(): string {
  const lines = [
    '# Generated from docs/.vitepress/deploy/headers.ts by the build; vercel.json carries the same rules for Vercel.',
    `# HTML is not given a Cache-Control here (hosts default to revalidating it; ours would be "${REVALIDATE_CACHE}").`,
  ]
  for (const rule of HEADER_RULES) {
    if (!rule.glob) continue
    lines.push(rule.glob)
    for (const [key, value] of Object.entries(rule.headers)) lines.push(`  ${key}: ${value}`)
  }
  return lines.join('\n') + '\n'
}

export function writeHeadersFile(outDir: string): string {
  const file = join(outDir, '_headers')
  writeFileSync(file, headersFile())
  return file
}
