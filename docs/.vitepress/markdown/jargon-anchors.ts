// markdown-it core rule giving each row of the jargon table its anchors (scheme: ../glossary/anchors.ts).
import type MarkdownIt from 'markdown-it'
import type { StateCore, Token } from 'markdown-it'
import { JARGON_PAGE, jargonAnchor, jargonNames } from '../glossary/anchors.ts'

export interface JargonAnchorsOptions {
  /** Pages (relative to docs/) whose table body rows are jargon rows. */
  pages?: string[]
}

export function jargonAnchorsPlugin(md: MarkdownIt, options: JargonAnchorsOptions = {}): void {
  const pages = new Set(options.pages ?? [JARGON_PAGE])
  md.core.ruler.push('jargon_anchors', (state: StateCore) => {
    const relativePath = (state.env as { relativePath?: string } | undefined)?.relativePath
    if (!relativePath || !pages.has(relativePath)) return
    const tokens = state.tokens
    let inBody = false
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      if (token.type === 'tbody_open') inBody = true
      else if (token.type === 'tbody_close') inBody = false
      else if (inBody && token.type === 'tr_open') anchorRow(state, tokens, i)
    }
  })
}

/** Gives the row at `tokens[rowIndex]` the id of its first name, and a span id to each further name. */
function anchorRow(state: StateCore, tokens: Token[], rowIndex: number): void {
  // tr_open, td_open, inline (the first cell's content)
  const cell = tokens[rowIndex + 2]
  if (tokens[rowIndex + 1]?.type !== 'td_open' || cell?.type !== 'inline') return
  const [first, ...others] = jargonNames(cell.content)
  if (!first) return
  tokens[rowIndex]!.attrSet('id', jargonAnchor(first))
  const spans = others.map((name) => {
    const span = new state.Token('html_inline', '', 0)
    span.content = `<span id="${state.md.utils.escapeHtml(jargonAnchor(name))}"></span>`
    return span
  })
  cell.children = [...spans, ...(cell.children ?? [])]
}
