// Reads a built VitePress site: every file's path, and for each HTML page its links, ids and Markdown key.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { listFiles } from '../../docs/.vitepress/folder-walk.ts'
import { normalizeBase, pageHref } from '../../docs/.vitepress/page-url.ts'
import { scanHtml, type HtmlLink } from './html-links.ts'

export interface BuiltPage {
  /** Path inside the dist folder, with `/`: `glossary/clip.html`. */
  relPath: string
  /** The clean URL a reader visits, base included: `/glossary/clip`, `/glossary/`. */
  urlPath: string
  links: HtmlLink[]
  ids: Set<string>
  /** VitePress's name for the page's Markdown source (`glossary_clip.md`), read from its lean chunk. */
  sourceKey: string | undefined
}

export interface BuiltSite {
  distDir: string
  /** The site's base with slashes on both ends: `/` or `/aidraw/`. */
  base: string
  /** Every file in the dist folder, relative, with `/`. */
  files: Set<string>
  pages: Map<string, BuiltPage>
}

export interface CrawlOptions {
  /** The site's base; read from the pages' asset URLs when not given. */
  base?: string
  /** Whole-page content wrapper (VitePress: `vp-doc`); links inside it come from Markdown. */
  contentClass?: string
  onPage?: (done: number, total: number) => void
}

/** VitePress's per-page chunk: `/base/assets/glossary_clip.md.BKhk_99_.lean.js`. */
const LEAN_CHUNK = /\/assets\/(.+?\.md)\.[\w-]+\.lean\.js$/
/** Every page loads the app entry from `<base>assets/`, which gives the base away. */
const ASSET_URL = /^(\/(?:.*\/)?)assets\/[^/]+\.(?:js|css)$/

export async function crawlSite(distDir: string, options: CrawlOptions = {}): Promise<BuiltSite> {
  const files = new Set(listFiles(distDir, '**', { dot: true }))
  const htmlFiles = [...files].filter((f) => f.endsWith('.html'))
  const pages = new Map<string, BuiltPage>()
  let base = options.base ? normalizeBase(options.base) : undefined

  // Synchronous reads: for a thousand small files they beat the thread pool's open/stat/read/close
  // round trips, and parsing keeps this thread busy anyway.
  htmlFiles.forEach((relPath, done) => {
    const html = readFileSync(join(distDir, relPath), 'utf8')
    const { links, ids } = scanHtml(html, { contentClass: options.contentClass ?? 'vp-doc' })
    let sourceKey: string | undefined
    for (const link of links) {
      if (link.tag !== 'link' && link.tag !== 'script') continue
      const lean = LEAN_CHUNK.exec(link.url)
      if (lean) sourceKey = decodeURIComponentSafe(lean[1]!)
      if (base === undefined) {
        const asset = ASSET_URL.exec(link.url)
        if (asset) base = asset[1]!
      }
    }
    pages.set(relPath, { relPath, urlPath: '', links, ids, sourceKey })
    options.onPage?.(done + 1, htmlFiles.length)
  })
  const siteBase = base ?? '/'
  for (const page of pages.values()) page.urlPath = pageHref(page.relPath, { base: siteBase })
  return { distDir, base: siteBase, files, pages }
}

export function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
