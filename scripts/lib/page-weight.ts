// What a built page makes a browser download before it is interactive, read from the HTML and sized with gzip.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { Parser } from 'htmlparser2'
import { findInlineStyles } from '../../docs/.vitepress/deploy/inline-scripts.ts'
import { builtFileCandidates } from '../../docs/.vitepress/page-url.ts'

export type AssetKind = 'html' | 'js' | 'css' | 'font' | 'image'

export interface PageAsset {
  /** URL path as the page names it, base removed: `/assets/app.X.js`. */
  path: string
  kind: AssetKind
  /** Bytes on disk. */
  rawBytes: number
  /** Bytes gzipped at level 6, as hosts send text; images and fonts count as they are. */
  gzipBytes: number
}

export interface PageWeight {
  /** The page's HTML file, relative to the built site. */
  file: string
  assets: PageAsset[]
  /** Sums of gzipBytes by kind. */
  totals: Record<AssetKind, number>
  /** Paths the page names that are not in the built site (counted as 0; a remote URL is listed too). */
  missing: string[]
}

/**
 * The first-load assets of the page `pagePath` (`/`, `/glossary/clip`) of the site built in `dist`: the HTML,
 * every module script and module preload, every stylesheet for screens (`<link rel="stylesheet">` or `rel="preload stylesheet"`),
 * classic scripts with a `src`, images of `<img src>`, and fonts the stylesheets name with `url(…woff2)`.
 * CSS inside the HTML's `<style>` elements (the site CSS, deploy/inline-css.ts) counts as CSS, not HTML: its
 * share of the HTML's gzip size moves from the one to the other, so the total counts those bytes once.
 * Lazy chunks (search box, other pages) are not counted: the browser fetches them only on demand.
 */
export function pageWeight(dist: string, pagePath: string, base = '/'): PageWeight {
  const file = htmlFileFor(dist, pagePath)
  if (!file) throw new Error(`no built page for ${pagePath} in ${dist}`)
  const html = readFileSync(join(dist, file))
  const text = html.toString('utf8')
  const refs = initialAssets(text)
  const assets: PageAsset[] = [{ path: pagePath, kind: 'html', rawBytes: html.length, gzipBytes: gzipBytes(html) }]
  const inlineCss = inlineStyleAsset(pagePath, text, assets[0]!)
  if (inlineCss) assets.push(inlineCss)
  const missing: string[] = []
  const seen = new Set<string>()
  const add = (path: string, kind: AssetKind) => {
    const local = localPath(path, base)
    if (local === undefined) {
      missing.push(path)
      return
    }
    if (seen.has(local)) return
    seen.add(local)
    const onDisk = join(dist, decodeURI(local))
    if (!existsSync(onDisk)) {
      missing.push(path)
      return
    }
    const bytes = readFileSync(onDisk)
    const compress = kind === 'html' || kind === 'js' || kind === 'css' || /\.svg$/i.test(local)
    assets.push({ path: local, kind, rawBytes: bytes.length, gzipBytes: compress ? gzipBytes(bytes) : bytes.length })
    if (kind === 'css') for (const font of fontUrls(bytes.toString('utf8'))) add(resolveUrl(font, local), 'font')
  }
  for (const ref of refs) add(ref.url, ref.kind)
  const inlineText = findInlineStyles(text).map((style) => style.code).join('')
  for (const font of fontUrls(inlineText)) add(resolveUrl(font, pagePath), 'font')
  const totals: Record<AssetKind, number> = { html: 0, js: 0, css: 0, font: 0, image: 0 }
  for (const asset of assets) totals[asset.kind] += asset.gzipBytes
  return { file, assets, totals, missing }
}

/**
 * The page's inline `<style>` text as a CSS asset named `<page> <style>`, its gzip share being what the HTML's gzip
 * size loses without it; `htmlAsset` is reduced by the same amounts. None when the page has no `<style>`.
 */
function inlineStyleAsset(pagePath: string, html: string, htmlAsset: PageAsset): PageAsset | undefined {
  const styles = findInlineStyles(html)
  if (styles.length === 0) return undefined
  let withoutCss = html
  for (const style of styles) withoutCss = withoutCss.replace(style.openTag + style.code, style.openTag)
  const rawBytes = Buffer.byteLength(html) - Buffer.byteLength(withoutCss)
  const gzip = htmlAsset.gzipBytes - gzipBytes(Buffer.from(withoutCss))
  htmlAsset.rawBytes -= rawBytes
  htmlAsset.gzipBytes -= gzip
  return { path: `${pagePath} <style>`, kind: 'css', rawBytes, gzipBytes: gzip }
}

/** The built HTML file that serves `pagePath` with cleanUrls: `x.html`, `x/index.html`, or `index.html` for `/`. */
export function htmlFileFor(dist: string, pagePath: string): string | undefined {
  // The server's own mapping (page-url.ts); a bare path that names a folder is not the page.
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '')
  return builtFileCandidates(trimmed).find((candidate) => {
    const file = join(dist, candidate)
    return existsSync(file) && statSync(file).isFile()
  })
}

/** The URLs a page's HTML asks for before any script runs, in document order. */
export function initialAssets(html: string): { url: string; kind: Exclude<AssetKind, 'html'> }[] {
  const out: { url: string; kind: Exclude<AssetKind, 'html'> }[] = []
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'script' && attrs.src) out.push({ url: attrs.src, kind: 'js' })
      else if (name === 'link' && attrs.href) {
        const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/)
        if (rel.includes('stylesheet')) {
          if (forScreen(attrs.media)) out.push({ url: attrs.href, kind: 'css' })
        } else if (rel.includes('modulepreload')) out.push({ url: attrs.href, kind: 'js' })
        else if (rel.includes('preload') && attrs.as === 'font') out.push({ url: attrs.href, kind: 'font' })
        else if (rel.includes('preload') && attrs.as === 'script') out.push({ url: attrs.href, kind: 'js' })
      } else if (name === 'img' && attrs.src && attrs.loading !== 'lazy') out.push({ url: attrs.src, kind: 'image' })
    },
  })
  parser.write(html)
  parser.end()
  return out
}

/**
 * Whether a stylesheet's `media` list can apply to a screen. A sheet only for other media (`media="print"`) is
 * still downloaded, but at the lowest priority and without blocking the first paint or any script, so it is no
 * part of the first load. Only the media type is read: a query such as `(min-width: 960px)` may match some
 * screen, so its sheet counts; `not print` names screens too.
 */
function forScreen(media: string | undefined): boolean {
  if (media === undefined || media.trim() === '') return true
  return media.split(',').some((query) => {
    const words = query.trim().toLowerCase().split(/\s+/)
    const type = words.find((word) => word !== 'not' && word !== 'only' && word !== '')
    if (type === undefined || type.startsWith('(')) return true
    const screen = type === 'screen' || type === 'all'
    // `not screen and (color)` still names screens without colour.
    if (words[0] === 'not') return !screen || words.includes('and')
    return screen
  })
}

function fontUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*['"]?([^'")]+\.(?:woff2?|ttf|otf)(?:[?#][^'")]*)?)['"]?\s*\)/gi)].map((m) => m[1]!)
}

/** `url` as a path inside the site (base removed), or undefined for another origin or a data: URL. */
function localPath(url: string, base: string): string | undefined {
  if (/^data:/i.test(url)) return undefined
  let path: string
  try {
    const parsed = new URL(url, 'http://site.invalid' + base)
    if (parsed.origin !== 'http://site.invalid') return undefined
    path = parsed.pathname
  } catch {
    return undefined
  }
  return path.startsWith(base) ? '/' + path.slice(base.length) : path
}

function resolveUrl(url: string, from: string): string {
  return new URL(url, 'http://site.invalid' + from).pathname
}

export function gzipBytes(bytes: Buffer): number {
  return gzipSync(bytes, { level: 6 }).length
}
