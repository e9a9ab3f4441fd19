// Finds the links (a, img, srcset, link, script…) and the element ids in an HTML document or fragment.
import { Parser } from 'htmlparser2'
import { parseSrcset } from './srcset.ts'

export type LinkAttr = 'href' | 'src' | 'srcset' | 'poster' | 'content'

export interface HtmlLink {
  tag: string
  attr: LinkAttr
  /** One URL (an srcset yields one link per candidate), entities decoded, otherwise as written. */
  url: string
  /** Character offset of the element's `<` in the document. */
  offset: number
  /** Linked text (for `<a>`) or alt text (for `<img>`), whitespace collapsed, shortened. */
  text: string
  /** Inside the element that holds the rendered Markdown (see `contentClass`). */
  inContent: boolean
}

export interface HtmlScan {
  links: HtmlLink[]
  /** Every `id` (and `<a name>`): the targets a `#fragment` can point at. */
  ids: Set<string>
}

export interface ScanOptions {
  /** Class of the element that wraps the page's own content; VitePress uses `vp-doc`. */
  contentClass?: string
}

/** Which attributes of which elements load or point to another URL. */
const LINK_ATTRS: Record<string, readonly LinkAttr[]> = {
  a: ['href'],
  area: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  link: ['href'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
}

/** `<link rel>` values that name an origin or the page's own published address, not a file to fetch. */
const NON_RESOURCE_RELS = new Set(['canonical', 'preconnect', 'dns-prefetch'])
const MAX_TEXT = 80

export function scanHtml(html: string, options: ScanOptions = {}): HtmlScan {
  const links: HtmlLink[] = []
  const ids = new Set<string>()
  const contentClass = options.contentClass
  let depth = 0
  let contentDepth = -1 // depth of the content wrapper while inside it
  let anchorText: string[] | undefined
  let anchorLinks: HtmlLink[] = []

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        depth++
        const offset = parser.startIndex
        if (attrs.id) ids.add(attrs.id)
        if (name === 'a' && attrs.name) ids.add(attrs.name)
        if (contentClass && contentDepth < 0 && attrs.class && hasClass(attrs.class, contentClass)) contentDepth = depth
        const inContent = contentDepth >= 0
        if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'refresh' && attrs.content) {
          // `<meta http-equiv="refresh" content="0; url=/new">`: a redirect stub's only real link.
          const target = /^\s*\d*(?:\.\d*)?\s*[;,]\s*url\s*=\s*['"]?([^'"]+)/i.exec(attrs.content)?.[1]?.trim()
          if (target) links.push({ tag: name, attr: 'content', url: target, offset, text: '', inContent })
          return
        }
        const wanted = LINK_ATTRS[name]
        if (!wanted) return
        if (name === 'link' && attrs.rel && attrs.rel.toLowerCase().split(/\s+/).some((r) => NON_RESOURCE_RELS.has(r))) return
        const text = name === 'img' ? shorten(attrs.alt ?? '') : ''
        const found: HtmlLink[] = []
        for (const attr of wanted) {
          const value = attrs[attr]
          if (value === undefined) continue
          if (attr === 'srcset') {
            for (const candidate of parseSrcset(value)) found.push({ tag: name, attr, url: candidate.url, offset, text, inContent })
          } else {
            found.push({ tag: name, attr, url: value.trim(), offset, text, inContent })
          }
        }
        links.push(...found)
        if (name === 'a' || name === 'area') {
          anchorText = []
          anchorLinks = found
        }
      },
      ontext(data) {
        anchorText?.push(data)
      },
      onclosetag(name) {
        if ((name === 'a' || name === 'area') && anchorText) {
          const text = shorten(anchorText.join(''))
          for (const link of anchorLinks) link.text = text
          anchorText = undefined
        }
        if (depth === contentDepth) contentDepth = -1
        depth--
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()
  return { links, ids }
}

function hasClass(classAttr: string, name: string): boolean {
  // Called for nearly every element: test the cheap substring first, split only on a hit.
  return classAttr.includes(name) && classAttr.split(/\s+/).includes(name)
}

function shorten(text: string): string {
  if (text.length < MAX_TEXT && !/[\s\u200b-\u200d\ufeff]/.test(text)) return text
  const collapsed = text.replace(/[\u200b\u200c\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim()
  return collapsed.length > MAX_TEXT ? collapsed.slice(0, MAX_TEXT - 1) + '…' : collapsed
}

/** 1-based line and column of a character offset, for pointing at a spot in a built file. */
export function lineColAt(text: string, offset: number): { line: number; col: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, col: offset - lineStart + 1 }
}
