// Footnotes as Python-Markdown writes them (`[^label]` / `[^label]:`), on top of markdown-it-footnote.
//
// markdown-it-footnote parses references and definitions (indented continuation included). This file
// makes the result read like MkDocs: notes are numbered and listed in definition order, notes nobody
// refers to are still shown, ids are Python-Markdown's (`fn:label`, `fnref:label`, `fnref2:label`) so
// old links keep working, and the labels a screen reader announces are Chinese.
import footnote from 'markdown-it-footnote'
import type { PluginSimple, PluginWithOptions, StateCore, Token } from 'markdown-it'
import { createWarner, type Warn } from './source-location.ts'
import { escapeHtml } from 'markdown-it/lib/common/utils.mjs'

export interface FootnotesOptions {
  /** Receives each build-time warning once; defaults to `console.warn`. */
  warn?: Warn
}

/** What markdown-it-footnote keeps in `env.footnotes`. */
interface FootnoteEnv {
  refs?: Record<string, number>
  list?: FootnoteEntry[]
}

interface FootnoteEntry {
  label?: string
  count: number
}

interface RefMeta {
  id: number
  subId?: number
  label?: string
}

// A reference written like one whose label has no definition; Python-Markdown leaves it as text too.
const DANGLING_REF_RE = /\[\^([^\]\s]+)\]/g

export const footnotesPlugin: PluginWithOptions<FootnotesOptions> = (md, options = {}) => {
  const warn = createWarner(md, 'footnotes', options.warn)

  // markdown-it-footnote ships for CommonJS typings; the runtime plugin is a plain (md) => void.
  md.use(footnote as unknown as PluginSimple)
  // `^[inline notes]` are not Python-Markdown syntax; there the text stays as written.
  md.inline.ruler.disable('footnote_inline')

  md.core.ruler.before('footnote_tail', 'footnote_definition_order', (state: StateCore) => {
    const footnotes: FootnoteEnv = (state.env as { footnotes?: FootnoteEnv }).footnotes ?? {}
    const refs = footnotes.refs ?? {}

    // Definitions in the order they are written, each with its line for warnings.
    const defined = new Map<string, number | undefined>()
    for (let i = 0; i < state.tokens.length; i++) {
      const token = state.tokens[i]!
      if (token.type !== 'footnote_reference_open') continue
      const label = (token.meta as { label: string }).label
      const line = state.tokens[i + 1]?.map?.[0]
      if (defined.has(label)) warn(state.env, line, `footnote [^${label}] is defined twice; the last definition is used, remove the other one`)
      else defined.set(label, line)
    }

    const oldList = footnotes.list ?? []
    const newId = new Map<number, number>()
    const list: FootnoteEntry[] = []
    for (const [label, line] of defined) {
      const old = refs[`:${label}`] ?? -1
      if (old < 0) {
        warn(state.env, line, `footnote [^${label}] is never referenced; it is listed at the end of the page anyway — add [^${label}] where it belongs or delete it`)
      } else {
        newId.set(old, list.length)
      }
      refs[`:${label}`] = list.length
      list.push({ label, count: old < 0 ? 0 : oldList[old]!.count })
    }
    // markdown-it-footnote only lists notes that were referenced; this list has every definition.
    if (defined.size > 0) footnotes.list = list

    // References to renumber, and text that looks like one (most text has no `[^` at all).
    const visit = (token: Token, children: Token[]): void => {
      for (const child of children) {
        if (child.type === 'footnote_ref') {
          const meta = child.meta as RefMeta
          meta.id = newId.get(meta.id) ?? meta.id
        } else if (child.type === 'text' && child.content.includes('[^')) {
          for (const match of child.content.matchAll(DANGLING_REF_RE)) {
            if (!defined.has(match[1]!)) {
              warn(state.env, token.map?.[0], `footnote reference [^${match[1]}] has no definition and is shown as text — add a line "[^${match[1]}]: …"`)
            }
          }
        }
        if (child.children) visit(token, child.children)
      }
    }
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children) visit(token, token.children)
    }
  })

  md.renderer.rules.footnote_ref = renderRef
  md.renderer.rules.footnote_block_open = () => '<section class="footnote" aria-label="脚注">\n<hr>\n<ol>\n'
  md.renderer.rules.footnote_block_close = () => '</ol>\n</section>\n'
  md.renderer.rules.footnote_open = (tokens, idx) => `<li id="fn:${anchorName(tokens[idx]!)}">`
  md.renderer.rules.footnote_close = () => '</li>\n'
  md.renderer.rules.footnote_anchor = renderBackref
}

function renderRef(tokens: Token[], idx: number): string {
  const meta = tokens[idx]!.meta as RefMeta
  const n = meta.id + 1
  const name = anchorName(tokens[idx]!)
  return (
    `<sup id="${refId(name, meta.subId ?? 0)}">` +
    `<a class="footnote-ref" href="#fn:${name}" aria-label="脚注 ${n}">${n}</a></sup>`
  )
}

function renderBackref(tokens: Token[], idx: number, _options: unknown, env: unknown): string {
  const meta = tokens[idx]!.meta as RefMeta
  const entry = (env as { footnotes?: FootnoteEnv }).footnotes?.list?.[meta.id]
  // A note nobody refers to has nowhere to go back to.
  if (!entry || entry.count === 0) return ''
  const n = meta.id + 1
  const subId = meta.subId ?? 0
  const label = subId === 0 ? `返回正文中脚注 ${n} 的位置` : `返回正文中脚注 ${n} 的第 ${subId + 1} 处位置`
  const link = `<a class="footnote-backref" href="#${refId(anchorName(tokens[idx]!), subId)}" title="${label}" aria-label="${label}">↩\uFE0E</a>`
  // markdown-it-footnote puts the links into the note's last paragraph, or after its last block
  // (a list, a table): there they get a paragraph of their own, as in Python-Markdown.
  const inParagraph = tokens[idx - subId - 1]?.type === 'inline'
  const first = subId === 0
  const last = tokens[idx + 1]?.type !== 'footnote_anchor'
  if (inParagraph) return (first ? '&#160;' : '') + link
  return (first ? '<p>' : '') + link + (last ? '</p>\n' : '')
}

/** Python-Markdown's ids: the label as written, so `#fn:1` links from the MkDocs site still land. */
function anchorName(token: Token): string {
  const meta = token.meta as RefMeta
  return escapeHtml(meta.label ?? String(meta.id + 1))
}

function refId(name: string, subId: number): string {
  return subId === 0 ? `fnref:${name}` : `fnref${subId + 1}:${name}`
}
