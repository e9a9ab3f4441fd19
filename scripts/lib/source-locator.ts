// Finds where a link of a built page was written: the Markdown file, line and column (or the built page, with a note).
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pageRoute, sourceOfBuiltPage } from '../../docs/.vitepress/page-url.ts'
import { displayPath, listMarkdownFiles, sourcePath } from '../../docs/.vitepress/pages.ts'
import { lineColAt, type HtmlLink } from './html-links.ts'
import { findPageSourceLinks, type SourceLink } from './markdown-links.ts'
import { decodeURIComponentSafe, type BuiltPage, type BuiltSite } from './site-crawl.ts'
import { pageUrlOf } from './site-links.ts'

export interface SourceLocation {
  /** Absolute path of the Markdown source, or of the built HTML file when the link is not in any source. */
  file: string
  line: number
  col: number
  /** Set when the place is the built page: says why the Markdown could not be named. */
  note?: string
  /** True when `file` is the built page (theme, layout or config links). */
  inBuiltPage: boolean
  /** The link as the author wrote it in the Markdown, when found there. */
  writtenUrl?: string
}

interface PageSources {
  file: string
  files: string[]
  links: { link: SourceLink; keys: Set<string> }[]
}

export const THEME_LINK_NOTE = 'not in the page’s Markdown: a theme, layout or site-config link (nav, sidebar, footer)'

export class SourceLocator {
  private sourcesByKey: Map<string, string> | undefined
  private readonly pageSources = new Map<string, Promise<PageSources | undefined>>()
  private readonly builtHtml = new Map<string, Promise<string>>()

  constructor(
    private readonly site: BuiltSite,
    /** The VitePress source folder (`docs`). */
    private readonly srcDir: string,
  ) {}

  /** The Markdown file a page was built from, or undefined (404 page, missing sources). */
  async sourceFileOf(page: BuiltPage): Promise<string | undefined> {
    const byKey = (this.sourcesByKey ??= listMarkdownByKey(this.srcDir))
    if (page.sourceKey && byKey.has(page.sourceKey)) return byKey.get(page.sourceKey)
    // No lean chunk in the page (hand-made fixture, other generator): fall back on the path.
    return byKey.get(chunkKey(sourceOfBuiltPage(page.relPath)))
  }

  async locate(page: BuiltPage, link: HtmlLink): Promise<SourceLocation> {
    const sources = await this.sourcesOf(page)
    if (sources) {
      const pageUrl = pageUrlOf(page)
      const key = linkKey(link.url, pageUrl)
      const region = link.inContent ? 'body' : 'frontmatter'
      const matches = sources.links.filter((s) => s.link.region === region && s.keys.has(key))
      if (matches.length > 0) {
        // The n-th built link to a target comes from the n-th source link to it.
        let nth = 0
        for (const other of page.links) {
          if (other === link) break
          if (other.inContent === link.inContent && linkKey(other.url, pageUrl) === key) nth++
        }
        const { link: s } = matches[Math.min(nth, matches.length - 1)]!
        return { file: s.file, line: s.line, col: s.col, inBuiltPage: false, writtenUrl: s.written }
      }
      if (link.inContent) {
        const literal = await findLiteral(sources.files, link.url)
        if (literal) return { ...literal, inBuiltPage: false }
      }
    }
    const at = lineColAt(await this.htmlOf(page), link.offset)
    const note = !sources
      ? 'this page has no Markdown source (404 page, redirect stub or generated page)'
      : link.inContent
        ? `not found in ${displayPath(sources.file)}: added by a Markdown plugin or component`
        : THEME_LINK_NOTE
    return { file: join(this.site.distDir, page.relPath), line: at.line, col: at.col, note, inBuiltPage: true }
  }

  private sourcesOf(page: BuiltPage): Promise<PageSources | undefined> {
    let pending = this.pageSources.get(page.relPath)
    if (!pending) {
      pending = (async () => {
        const file = await this.sourceFileOf(page)
        if (!file) return undefined
        const { files, links } = await findPageSourceLinks(file, this.srcDir)
        const pageUrl = pageUrlOf(page)
        return { file, files, links: links.map((link) => ({ link, keys: sourceLinkKeys(link, pageUrl, this.site.base) })) }
      })()
      this.pageSources.set(page.relPath, pending)
    }
    return pending
  }

  private htmlOf(page: BuiltPage): Promise<string> {
    let pending = this.builtHtml.get(page.relPath)
    if (!pending) {
      pending = readFile(join(this.site.distDir, page.relPath), 'utf8')
      this.builtHtml.set(page.relPath, pending)
    }
    return pending
  }
}

/**
 * What a link points at, in a form where the Markdown spelling and the built spelling agree:
 * `./clip.md`, `./clip` and `/glossary/clip.html` from /glossary/ all give `/glossary/clip`.
 */
export function linkKey(href: string, pageUrl: URL): string {
  let url: URL
  try {
    url = new URL(href.trim(), pageUrl)
  } catch {
    return 'invalid:' + href
  }
  if (url.origin !== pageUrl.origin) return url.href
  const path = pageRoute(decodeURIComponentSafe(url.pathname))
  return path + decodeURIComponentSafe(url.hash)
}

/**
 * VitePress puts the base in front of absolute Markdown links but leaves raw HTML alone,
 * so an absolute source link may appear in the built page with or without it.
 */
function sourceLinkKeys(link: SourceLink, pageUrl: URL, base: string): Set<string> {
  const keys = new Set([linkKey(link.url, pageUrl)])
  if (link.url.startsWith('/') && !link.url.startsWith('//')) keys.add(linkKey(base + link.url.slice(1), pageUrl))
  return keys
}

async function findLiteral(files: string[], url: string): Promise<{ file: string; line: number; col: number } | undefined> {
  const needles = [...new Set([url, decodeURIComponentSafe(url)])].filter((n) => n.length > 1)
  for (const file of files) {
    const lines = (await readFile(file, 'utf8')).split(/\r?\n/)
    for (let i = 0; i < lines.length; i++) {
      for (const needle of needles) {
        const at = lines[i]!.indexOf(needle)
        if (at >= 0) return { file, line: i + 1, col: at + 1 }
      }
    }
  }
  return undefined
}

/** VitePress's name for the chunk of a page's Markdown source: `glossary/clip.md` → `glossary_clip.md`. */
function chunkKey(relativePath: string): string {
  return relativePath.replace(/\//g, '_')
}

/** The pages under the source folder keyed by their chunk name. */
function listMarkdownByKey(srcDir: string): Map<string, string> {
  return new Map(listMarkdownFiles(srcDir).map((file) => [chunkKey(sourcePath(srcDir, file)), file]))
}
