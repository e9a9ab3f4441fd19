// Finds every image of a Markdown source — Markdown and reference-style images, <img>, <picture> srcset,
// admonition and tab bodies, frontmatter (hero image, feature icons) — each at the line:col of its URL.
import { listMarkdownFiles } from '../../docs/.vitepress/pages.ts'
import { readTextFile, toLf } from '../../docs/.vitepress/text.ts'
import { findMarkdownLinks } from './markdown-links.ts'

export interface ImageRef {
  /** Absolute path of the Markdown file the image is written in. */
  file: string
  /** 1-based line and column of the image URL in that file. */
  line: number
  col: number
  /** The URL as VitePress renders it (Markdown URLs percent-encoded, HTML entities decoded). */
  url: string
  /** The exact characters at line:col in the source: what a rewrite replaces. */
  written: string
  /** The alt text; undefined where the element has none of its own (a `<picture>`'s `<source>`). */
  alt: string | undefined
  /** `markdown`: `![alt](url)` or `![alt][ref]`; `html`: raw `<img>`/`<source>`; `frontmatter`: a YAML value. */
  kind: 'markdown' | 'html' | 'frontmatter'
  /** For HTML: the attribute the URL is in (`src` or one `srcset` candidate). */
  attr?: 'src' | 'srcset'
}

/**
 * Every image in one Markdown text, in document order. The text is parsed with the site's own grammar
 * (markdown-links.ts), so the bodies of MkDocs admonitions and tabs are Markdown exactly where the
 * site reads them as Markdown, and the columns reported are the file's own.
 */
export function findMarkdownImages(source: string, file: string): ImageRef[] {
  const images: ImageRef[] = []
  for (const link of findMarkdownLinks(source, file)) {
    const base = { file, line: link.line, col: link.col, url: link.url, written: link.written }
    if (link.kind === 'image') {
      images.push({ ...base, alt: link.text, kind: 'markdown' })
    } else if (link.kind === 'html' && link.tag === 'img' && (link.attr === 'src' || link.attr === 'srcset')) {
      images.push({ ...base, alt: link.text, kind: 'html', attr: link.attr })
    } else if (link.kind === 'html' && link.tag === 'source' && link.attr === 'srcset') {
      // `<source srcset>` belongs to a <picture>, whose <img> carries the alt; `<source src>` is video or audio.
      images.push({ ...base, alt: undefined, kind: 'html', attr: 'srcset' })
    }
  }
  images.push(...frontmatterImages(toLf(source).split('\n'), file))
  return images.sort((a, b) => a.line - b.line || a.col - b.col)
}

/** Frontmatter keys whose value is an image: the hero `image` and the `icon` of features, with `src`/`light`/`dark`. */
const IMAGE_KEYS = new Set(['image', 'icon'])
const IMAGE_VARIANT_KEYS = new Set(['src', 'light', 'dark'])
const LOOKS_LIKE_IMAGE_URL = /^(?:\/|\.\.?\/|https?:\/\/|\/\/|data:image\/)|\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#]|$)/i

interface YamlEntry {
  line: number
  indent: number
  key: string
  value: string
  valueCol: number
}

/**
 * Images named in the leading `---` block, found line by line (YAML parsers forget positions):
 * `image: /x.png`, `image: { src, alt }` as a block, and feature `icon`s. A YAML flow map on one
 * line (`image: { src: /x.png }`) is read too.
 */
export function frontmatterImages(lines: readonly string[], file: string): ImageRef[] {
  if (lines[0]?.trim() !== '---') return []
  const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l))
  if (end < 0) return []
  const entries: YamlEntry[] = []
  for (let i = 1; i < end; i++) {
    const m = /^(\s*(?:-\s+)?)([\w$-]+)\s*:(?:\s+|$)(.*)$/.exec(lines[i]!)
    if (!m) continue
    const value = m[3]!.replace(/\s+#.*$/, '')
    entries.push({ line: i, indent: m[1]!.length, key: m[2]!, value, valueCol: lines[i]!.length - m[3]!.length })
  }
  const images: ImageRef[] = []
  const push = (entry: YamlEntry, raw: string, offset: number, alt: string | undefined) => {
    const unquoted = unquote(raw)
    if (!LOOKS_LIKE_IMAGE_URL.test(unquoted.value)) return
    const col = entry.valueCol + offset + unquoted.offset + 1
    images.push({ file, line: entry.line + 1, col, url: unquoted.value, written: unquoted.value, alt, kind: 'frontmatter' })
  }
  entries.forEach((entry, index) => {
    if (!IMAGE_KEYS.has(entry.key)) return
    const value = entry.value.trim()
    if (value.startsWith('{')) {
      // Flow map: `image: { src: /x.png, alt: 标志 }`.
      const alt = /\balt\s*:\s*(['"]?)(.*?)\1\s*(?:,|\})/.exec(value)?.[2]
      for (const m of value.matchAll(/\b(src|light|dark)\s*:\s*(['"]?[^,}]+)/g)) {
        push(entry, m[2]!.trim(), entry.value.indexOf(m[2]!), alt ?? (entry.key === 'icon' ? undefined : ''))
      }
      return
    }
    if (value !== '') {
      push(entry, value, entry.value.indexOf(value), entry.key === 'icon' ? undefined : '')
      return
    }
    // Block map: the following lines indented deeper than the key belong to it.
    const children: YamlEntry[] = []
    const keyIndent = entry.indent
    for (const next of entries.slice(index + 1)) {
      if (next.indent <= keyIndent) break
      children.push(next)
    }
    const altEntry = children.find((c) => c.key === 'alt')
    // A feature icon sits next to its title and may be decorative; the hero image must say what it shows.
    const alt = altEntry ? unquote(altEntry.value.trim()).value : entry.key === 'icon' ? undefined : ''
    for (const child of children) {
      if (IMAGE_VARIANT_KEYS.has(child.key)) push(child, child.value.trim(), child.value.indexOf(child.value.trim()), alt)
    }
  })
  return images
}

function unquote(raw: string): { value: string; offset: number } {
  const m = /^(['"])(.*)\1$/.exec(raw)
  return m ? { value: m[2]!, offset: 1 } : { value: raw, offset: 0 }
}

/** Images of every Markdown file under `srcDir`. Included partials are files of their own and are read once. */
export async function findSourceImages(srcDir: string): Promise<{ files: string[]; images: ImageRef[] }> {
  const files = listMarkdownFiles(srcDir)
  const images: ImageRef[] = []
  for (const file of files) images.push(...findMarkdownImages(await readTextFile(file), file))
  return { files, images }
}
