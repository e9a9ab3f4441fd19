// Finds every link and image written in a Markdown source (body, raw HTML, frontmatter, @includes) at line:col.
import { dirname, resolve } from 'node:path'
import type Token from 'markdown-it/lib/token.mjs'
import { createSourceParser } from '../../docs/.vitepress/markdown/source-parser.ts'
import { readTextFile, toLf } from '../../docs/.vitepress/text.ts'
import { scanHtml, type LinkAttr } from './html-links.ts'

export interface SourceLink {
  /** Absolute path of the file the link is written in (an included file, not the page, when included). */
  file: string
  /** 1-based line and column of the URL itself in that file. */
  line: number
  col: number
  /** The target as VitePress renders it (markdown-it's normalised href; raw HTML entities decoded). */
  url: string
  /** The exact text at line:col in the source (`#潜在空间` where `url` is `#%E6%BD%9C…`). */
  written: string
  /** Linked text or image alt. */
  text: string
  /** `link`/`image`: Markdown syntax; `html`: raw HTML in Markdown; `frontmatter`: a YAML value. */
  kind: 'link' | 'image' | 'html' | 'frontmatter'
  /** For raw HTML: which element and attribute, e.g. `img` + `srcset`. */
  tag?: string
  attr?: LinkAttr
  /** Frontmatter links are rendered by the theme (hero, features), outside the page's content. */
  region: 'body' | 'frontmatter'
}

// The site's own grammar (our plugins on VitePress's options): an admonition or tab body holds the same
// links here as on the built page, and its token maps point into the file as written.
const md = createSourceParser()

/** Frontmatter keys whose values VitePress's default theme renders as links or images. */
const FRONTMATTER_LINK_KEY = /^(\s*(?:-\s+)?(?:link|href|src|url)\s*:\s*)(['"]?)(.+?)\2\s*$/
const LOOKS_LIKE_LINK = /^(?:\/|\.\.?\/|#|[a-z][a-z0-9+.-]*:)|\.md(?:#|$)/i

export interface FindLinksOptions {
  /** Added to every line number: the slice starts this many lines into the file (for `{3,}` includes). */
  lineOffset?: number
  /** Read a leading `---` YAML block as frontmatter (not for included slices). */
  frontmatter?: boolean
}

/** Every link in one Markdown text, in the order the page renders them (footnote bodies last). */
export function findMarkdownLinks(source: string, file: string, options: FindLinksOptions = {}): SourceLink[] {
  const lineOffset = options.lineOffset ?? 0
  const lines = toLf(source).split('\n')
  const links: SourceLink[] = []

  let bodyLines = lines
  if (options.frontmatter ?? true) {
    const end = frontmatterEnd(lines)
    if (end > 0) {
      links.push(...frontmatterLinks(lines.slice(0, end), file, lineOffset))
      // Blank lines keep markdown-it's line numbers equal to the file's.
      bodyLines = [...new Array<string>(end).fill(''), ...lines.slice(end)]
    }
  }

  // A fresh env per text: plugins keep per-page state in it (footnote labels, tab set numbers).
  const tokens = md.parse(bodyLines.join('\n'), {})
  const place = (map: [number, number] | null | undefined) => new Cursor(bodyLines, map)
  const add = (cursor: Cursor, link: Omit<SourceLink, 'file' | 'line' | 'col' | 'region' | 'written'>, candidates: string[]) => {
    const at = cursor.find(candidates)
    links.push({ file, line: at.line + 1 + lineOffset, col: at.col + 1, region: 'body', written: at.found ?? link.url, ...link })
  }

  for (const token of tokens) {
    if (token.type === 'html_block') {
      const cursor = place(token.map)
      for (const h of scanHtml(token.content).links) {
        add(cursor, { url: h.url, text: h.text, kind: 'html', tag: h.tag, attr: h.attr }, htmlCandidates(h.url))
      }
      continue
    }
    if (token.type !== 'inline' || !token.children) continue
    const cursor = place(token.map)
    const children = token.children
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!
      if (child.type === 'link_open') {
        const href = child.attrGet('href') ?? ''
        const text = textUntilClose(children, i)
        const candidates = markdownCandidates(href)
        if (child.markup === 'linkify' || child.markup === 'autolink') candidates.push(text)
        add(cursor, { url: href, text, kind: 'link' }, candidates)
      } else if (child.type === 'image') {
        const src = child.attrGet('src') ?? ''
        add(cursor, { url: src, text: child.content, kind: 'image' }, markdownCandidates(src))
      } else if (child.type === 'html_inline') {
        for (const h of scanHtml(child.content).links) {
          add(cursor, { url: h.url, text: h.text, kind: 'html', tag: h.tag, attr: h.attr }, htmlCandidates(h.url))
        }
      }
    }
  }
  return links
}

/**
 * Links of a page's Markdown file plus those of the files it pulls in with `<!--@include: …-->`,
 * each placed in the file where it is written. `srcDir` resolves `@/` include paths.
 */
export async function findPageSourceLinks(file: string, srcDir: string): Promise<{ files: string[]; links: SourceLink[] }> {
  const files: string[] = []
  const links: SourceLink[] = []
  async function visit(path: string, slice: IncludeSlice | undefined, depth: number): Promise<void> {
    if (depth > 8 || files.includes(path) && !slice) return // includes that include each other
    let text: string
    try {
      text = await readTextFile(path)
    } catch {
      return
    }
    if (!files.includes(path)) files.push(path)
    let lineOffset = 0
    if (slice) {
      const sliced = sliceLines(text, slice)
      text = sliced.text
      lineOffset = sliced.lineOffset
    }
    links.push(...findMarkdownLinks(text, path, { lineOffset, frontmatter: !slice && depth === 0 }))
    for (const include of findIncludes(text)) {
      const target = include.path.startsWith('@/') ? resolve(srcDir, include.path.slice(2)) : resolve(dirname(path), include.path)
      await visit(target, include.slice ?? { start: 1 }, depth + 1)
    }
  }
  await visit(file, undefined, 0)
  return { files, links }
}

interface IncludeSlice {
  start?: number
  end?: number
  region?: string
}

/** VitePress's `<!--@include: ./file.md{3,10}-->` and `<!--@include: ./file.md#region-->`. */
export function findIncludes(text: string): { path: string; slice: IncludeSlice | undefined }[] {
  const found: { path: string; slice: IncludeSlice | undefined }[] = []
  for (const m of text.matchAll(/<!--\s*@include:\s*(.*?)\s*-->/g)) {
    const spec = m[1]!
    const range = /^(.*?)\{(\d*),(\d*)\}$/.exec(spec)
    if (range) {
      const slice: IncludeSlice = {}
      if (range[2]) slice.start = Number(range[2])
      if (range[3]) slice.end = Number(range[3])
      found.push({ path: range[1]!, slice })
      continue
    }
    const region = /^(.*?)#([\w-]+)$/.exec(spec)
    if (region) found.push({ path: region[1]!, slice: { region: region[2]! } })
    else found.push({ path: spec, slice: undefined })
  }
  return found
}

function sliceLines(text: string, slice: IncludeSlice): { text: string; lineOffset: number } {
  const lines = text.split(/\r?\n/)
  if (slice.region) {
    const start = lines.findIndex((l) => new RegExp(`#region\\s+${slice.region}\\b`).test(l))
    const end = lines.findIndex((l, i) => i > start && new RegExp(`#endregion\\s+${slice.region}\\b`).test(l))
    if (start < 0) return { text: '', lineOffset: 0 }
    return { text: lines.slice(start + 1, end < 0 ? undefined : end).join('\n'), lineOffset: start + 1 }
  }
  const from = Math.max(1, slice.start ?? 1)
  return { text: lines.slice(from - 1, slice.end).join('\n'), lineOffset: from - 1 }
}

/** Index of the line after the closing `---`, or 0 when the text has no frontmatter. */
function frontmatterEnd(lines: string[]): number {
  if (lines[0]?.trim() !== '---') return 0
  for (let i = 1; i < lines.length; i++) if (/^(?:---|\.\.\.)\s*$/.test(lines[i]!)) return i + 1
  return 0
}

function frontmatterLinks(lines: string[], file: string, lineOffset: number): SourceLink[] {
  const links: SourceLink[] = []
  lines.forEach((line, i) => {
    const m = FRONTMATTER_LINK_KEY.exec(line)
    if (!m || !LOOKS_LIKE_LINK.test(m[3]!)) return
    const col = m[1]!.length + m[2]!.length + 1
    links.push({ file, line: i + 1 + lineOffset, col, url: m[3]!, written: m[3]!, text: '', kind: 'frontmatter', region: 'frontmatter' })
  })
  return links
}

function textUntilClose(children: Token[], openIndex: number): string {
  let text = ''
  for (let j = openIndex + 1; j < children.length; j++) {
    const t = children[j]!
    if (t.type === 'link_close') break
    if (t.type === 'text' || t.type === 'code_inline') text += t.content
    else if (t.type === 'image') text += t.content
  }
  return text.trim()
}

/** markdown-it percent-encodes what it renders; the author typed the readable form. */
function markdownCandidates(href: string): string[] {
  return unique([href, md.normalizeLinkText(href), safeDecodeURI(href)])
}

function htmlCandidates(url: string): string[] {
  return unique([url, url.replace(/&/g, '&amp;'), safeDecodeURI(url)])
}

function safeDecodeURI(s: string): string {
  try {
    return decodeURI(s)
  } catch {
    return s
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))]
}

/**
 * Walks forward through the lines of one block, so that the same URL written twice in a paragraph
 * is found at its first place for the first link and at its second place for the second.
 */
class Cursor {
  private line: number
  private col = 0
  private readonly endLine: number

  constructor(
    private readonly lines: string[],
    map: [number, number] | null | undefined,
  ) {
    this.line = map?.[0] ?? 0
    this.endLine = Math.min(map?.[1] ?? lines.length, lines.length)
  }

  find(candidates: string[]): { line: number; col: number; found?: string } {
    for (let l = this.line; l < this.endLine; l++) {
      const text = this.lines[l]!
      let best = -1
      let found = ''
      for (const c of candidates) {
        const at = text.indexOf(c, l === this.line ? this.col : 0)
        if (at >= 0 && (best < 0 || at < best || (at === best && c.length > found.length))) {
          best = at
          found = c
        }
      }
      if (best >= 0) {
        this.line = l
        this.col = best + found.length
        return { line: l, col: best, found }
      }
    }
    // Reference-style links keep their URL in a definition elsewhere in the file.
    for (let l = 0; l < this.lines.length; l++) {
      for (const c of candidates) {
        const at = this.lines[l]!.indexOf(c)
        if (at >= 0) return { line: l, col: at, found: c }
      }
    }
    // Not found verbatim (escaped characters): the block's first line is close enough.
    return { line: this.line, col: 0 }
  }
}
