// Raw HTML written in a Markdown page, piece by piece (tags with their attributes, text), read by htmlparser2's tokenizer.
import { Tokenizer } from 'htmlparser2'

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

/** The tags and text of `html`, in order. */
export function scanHtml(html: string): HtmlPiece[] {
  const pieces: HtmlPiece[] = []
  let open: HtmlTag | undefined
  let rawUntil: string | undefined

  const endOpenTag = (end: number, selfClosing: boolean) => {
    if (!open) return
    open.end = end + 1
    open.selfClosing = selfClosing
    pieces.push(open)
    const lower = open.name.toLowerCase()
    if (!selfClosing && RAW_TEXT_ELEMENTS.has(lower)) rawUntil = lower
    open = undefined
  }

  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      ontext(start, end) {
        const last = pieces.at(-1)
        if (last?.kind === 'text' && last.end === start) last.end = end
        else pieces.push({ kind: 'text', start, end, raw: rawUntil !== undefined })
      },
      onopentagname(start, end) {
        open = { kind: 'tag', name: html.slice(start, end), closing: false, selfClosing: false, start: start - 1, end, attributes: [] }
      },
      onattribname(start, end) {
        open?.attributes.push({ name: html.slice(start, end), start, end })
      },
      onattribend(_quote, end) {
        const attribute = open?.attributes.at(-1)
        if (attribute) attribute.end = Math.max(attribute.end, end)
      },
      onopentagend: (end) => endOpenTag(end, false),
      onselfclosingtag: (end) => endOpenTag(end, true),
      onclosetag(start, end) {
        const name = html.slice(start, end)
        const close = html.indexOf('>', end)
        pieces.push({
          kind: 'tag',
          name,
          closing: true,
          selfClosing: false,
          start: html.lastIndexOf('<', start),
          end: close < 0 ? html.length : close + 1,
          attributes: [],
        })
        if (rawUntil === name.toLowerCase()) rawUntil = undefined
      },
      onattribdata() {},
      onattribentity() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onprocessinginstruction() {},
      ontextentity() {},
    },
  )
  tokenizer.write(html)
  tokenizer.end()
  return pieces
}
