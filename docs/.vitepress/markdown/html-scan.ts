// Raw HTML written in a Markdown page, piece by piece (tags with their attributes, text), read by htmlparser2's tokenizer.
import { Tokenizer, type QuoteType, type TokenizerCallbacks } from 'htmlparser2'

export interface HtmlAttribute {
  name: string
  /** Offsets of the name's first character and just past the value (its closing quote included). */
  start: number
  end: number
}

export interface HtmlTag {
  kind: 'tag'
  /** As written: `GlossaryTerm`, `span`, `foreignObject`. */
  name: string
  closing: boolean
  selfClosing: boolean
  /** Offsets of `<` and just past `>`. */
  start: number
  end: number
  attributes: HtmlAttribute[]
}

export interface HtmlText {
  kind: 'text'
  start: number
  end: number
  /** Content of `<script>` or `<style>`, which Vue does not read as template text. */
  raw: boolean
}

/** Comments, declarations and processing instructions are not pieces: they lie between them, as written. */
export type HtmlPiece = HtmlTag | HtmlText

const RAW_TEXT_ELEMENTS = new Set(['script', 'style'])
// Inline tags repeat across pages (the glossary's `<GlossaryTerm …>`): short inputs are read once.
const CACHE_LIMIT = 2000
const SHORT = 200

/** Reads one input at a time with one tokenizer: its callbacks are this object's methods. */
class Scanner implements TokenizerCallbacks {
  private html = ''
  private pieces: HtmlPiece[] = []
  private open: HtmlTag | undefined
  private rawUntil: string | undefined
  private readonly tokenizer = new Tokenizer({ decodeEntities: false }, this)

  scan(html: string): HtmlPiece[] {
    this.html = html
    this.pieces = []
    this.open = undefined
    this.rawUntil = undefined
    this.tokenizer.reset()
    this.tokenizer.write(html)
    this.tokenizer.end()
    return this.pieces
  }

  ontext(start: number, end: number): void {
    const last = this.pieces.at(-1)
    if (last?.kind === 'text' && last.end === start) last.end = end
    else this.pieces.push({ kind: 'text', start, end, raw: this.rawUntil !== undefined })
  }

  onopentagname(start: number, end: number): void {
    this.open = { kind: 'tag', name: this.html.slice(start, end), closing: false, selfClosing: false, start: start - 1, end, attributes: [] }
  }

  onattribname(start: number, end: number): void {
    this.open?.attributes.push({ name: this.html.slice(start, end), start, end })
  }

  onattribend(_quote: QuoteType, end: number): void {
    const attribute = this.open?.attributes.at(-1)
    if (attribute) attribute.end = Math.max(attribute.end, end)
  }

  onopentagend(end: number): void {
    this.endOpenTag(end, false)
  }

  onselfclosingtag(end: number): void {
    this.endOpenTag(end, true)
  }

  private endOpenTag(end: number, selfClosing: boolean): void {
    const open = this.open
    if (!open) return
    open.end = end + 1
    open.selfClosing = selfClosing
    this.pieces.push(open)
    const lower = open.name.toLowerCase()
    if (!selfClosing && RAW_TEXT_ELEMENTS.has(lower)) this.rawUntil = lower
    this.open = undefined
  }

  onclosetag(start: number, end: number): void {
    const name = this.html.slice(start, end)
    const close = this.html.indexOf('>', end)
    this.pieces.push({
      kind: 'tag',
      name,
      closing: true,
      selfClosing: false,
      start: this.html.lastIndexOf('<', start),
      end: close < 0 ? this.html.length : close + 1,
      attributes: [],
    })
    if (this.rawUntil === name.toLowerCase()) this.rawUntil = undefined
  }

  // Comments, declarations and the rest are left as written; entities are not decoded.
  onattribdata(): void {}
  onattribentity(): void {}
  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onend(): void {}
  onprocessinginstruction(): void {}
  ontextentity(): void {}
}

const scanner = new Scanner()
const cache = new Map<string, readonly HtmlPiece[]>()

/** The tags and text of `html`, in order (shared between calls with the same input: do not change them). */
export function scanHtml(html: string): readonly HtmlPiece[] {
  if (html.length > SHORT) return scanner.scan(html)
  let pieces = cache.get(html)
  if (!pieces) {
    if (cache.size >= CACHE_LIMIT) cache.clear()
    pieces = scanner.scan(html)
    cache.set(html, pieces)
  }
  return pieces
}
