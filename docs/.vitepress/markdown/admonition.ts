// markdown-it block rule for MkDocs admonitions (`!!!`) and pymdownx details (`???`), rendered as VitePress custom blocks.
import type { PluginWithOptions, Renderer, StateBlock, StateCore, Token } from 'markdown-it'
import { resolveAdmonitionType } from './admonition-types.ts'
import { misplacedHeader } from './python-placement.ts'
import { createWarner } from './source-location.ts'

export interface AdmonitionOptions {
  /** Receives each build-time warning once; defaults to `console.warn`. */
  warn?: (message: string) => void
}

interface AdmonitionHeader {
  kind: 'admonition' | 'details'
  open: boolean
  /** Lower-cased words after the marker: the type, then extra classes. Empty only for `??? "title"`. */
  words: string[]
  /** `undefined` = no quoted title was given; `''` = an explicitly empty one. */
  title: string | undefined
}

// Python's `\w` is Unicode-aware, so `!!! 注意` is a valid header there and must be one here.
const W = String.raw`[\p{L}\p{N}_\-]`
// Ports of Python-Markdown 3.4's AdmonitionProcessor.RE and pymdownx 9's DetailsProcessor.START,
// anchored to one line. Tabs stand in for the spaces Python gets after expanding them. The lazy
// `(.*?)"` followed by `[ \t]*$` takes the text up to the *last* quote, as Python does.
const ADMONITION_RE = new RegExp(String.raw`^!!![ \t]?(${W}+(?:[ \t]+${W}+)*)(?:[ \t]+"(.*?)")?[ \t]*$`, 'u')
const DETAILS_RE = new RegExp(
  String.raw`^\?\?\?(\+)?[ \t]?(?:(${W}+(?:[ \t]+${W}+)*?)?(?:[ \t]+"(.*?)")|(${W}+(?:[ \t]+${W}+)*?))[ \t]*$`,
  'u',
)
// Something the author evidently meant as a header (marker, then a word or a quote).
const LOOKS_LIKE_HEADER_RE = new RegExp(String.raw`^(?:!!!|\?\?\?\+?)[ \t]*(?:${W}|")`, 'u')

const CODE_BANG = 0x21 // !
const CODE_QUESTION = 0x3f // ?

// Marks the inline token holding a title so the core rule can find it again after inline parsing.
const TITLE_META = Symbol('admonition-title')

/** The lower-cased words of a header's type and classes. */
function words(s: string | undefined): string[] {
  return s ? s.toLowerCase().split(/[ \t]+/) : []
}

export function parseAdmonitionHeader(line: string): AdmonitionHeader | undefined {
  if (line.startsWith('!!!')) {
    const m = ADMONITION_RE.exec(line)
    if (!m) return undefined
    return { kind: 'admonition', open: false, words: words(m[1]), title: m[2] }
  }
  if (line.startsWith('???')) {
    const m = DETAILS_RE.exec(line)
    if (!m) return undefined
    const open = m[1] !== undefined
    if (m[4] !== undefined) return { kind: 'details', open, words: words(m[4]), title: undefined }
    return { kind: 'details', open, words: words(m[2]), title: m[3] }
  }
  return undefined
}

export const admonitionPlugin: PluginWithOptions<AdmonitionOptions> = (md, options = {}) => {
  // Names the file and line past VitePress's front matter, and says each thing once.
  const warner = createWarner(md, 'admonition', options.warn)

  function warnOnce(state: StateBlock, line: number, message: string): void {
    warner(state.env, line, message)
  }

  function admonition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
    // Four spaces in is an indented code block, as for every CommonMark block.
    if (state.sCount[startLine]! - state.blkIndent >= 4) return false
    const start = state.bMarks[startLine]! + state.tShift[startLine]!
    const marker = state.src.charCodeAt(start)
    if (marker !== CODE_BANG && marker !== CODE_QUESTION) return false
    // Every header (and everything that looks like one) starts with three markers; `![image](…)` lines do not.
    if (state.src.charCodeAt(start + 1) !== marker || state.src.charCodeAt(start + 2) !== marker) return false

    const line = state.src.slice(start, state.eMarks[startLine])
    const header = parseAdmonitionHeader(line)
    if (!header) {
      if (LOOKS_LIKE_HEADER_RE.test(line)) {
        warnOnce(state, startLine, `not a valid admonition header, kept as text: ${line}`)
      }
      return false
    }
    const misplaced = misplacedHeader(state, startLine, `\`${line}\``)
    if (misplaced) {
      warnOnce(state, startLine, misplaced)
      return false
    }
    if (header.kind === 'details' && header.title === '') {
      warnOnce(
        state,
        startLine,
        `the empty title "" gives an empty <summary> (as in MkDocs), which leaves readers nothing to click — write a title between the quotes, or drop the quotes for the type's default title: ${line}`,
      )
    }
    if (silent) return true

    // The body is every following line indented four columns past the marker line; blank
    // lines inside are allowed, and trailing ones are left to the enclosing block.
    const bodyIndent = state.sCount[startLine]! + 4
    let bodyEnd = startLine + 1
    for (let next = startLine + 1; next < endLine; next++) {
      if (state.isEmpty(next)) continue
      if (state.sCount[next]! < bodyIndent) break
      bodyEnd = next + 1
    }

    const known = header.words.length > 0 ? resolveAdmonitionType(header.words[0]!) : undefined
    if (header.words.length > 0 && !known) {
      warnOnce(state, startLine, `unknown admonition type "${header.words[0]}", rendered with the neutral style`)
    }

    const open = state.push('admonition_open', header.kind === 'details' ? 'details' : 'div', 1)
    open.markup = header.kind === 'details' ? (header.open ? '???+' : '???') : '!!!'
    open.info = line
    open.block = true
    open.map = [startLine, bodyEnd]
    open.attrSet('class', blockClasses(header, known?.type, known?.block).join(' '))
    if (header.open) open.attrSet('open', '')

    const title = titleText(header, known?.title)
    if (title !== undefined) {
      const titleOpen = state.push('admonition_title_open', header.kind === 'details' ? 'summary' : 'p', 1)
      titleOpen.map = [startLine, startLine + 1]
      if (header.kind === 'admonition') titleOpen.attrSet('class', 'custom-block-title')
      const inline = state.push('inline', '', 0)
      inline.content = title
      inline.map = [startLine, startLine + 1]
      inline.children = []
      inline.meta = TITLE_META
      state.push('admonition_title_close', header.kind === 'details' ? 'summary' : 'p', -1)
    }

    const oldParentType = state.parentType
    const oldLineMax = state.lineMax
    const oldBlkIndent = state.blkIndent
    // markdown-it's own nested blocks (markdown-it-container, footnotes) use a custom parent type too.
    state.parentType = 'admonition' as StateBlock['parentType']
    state.lineMax = bodyEnd
    state.blkIndent = bodyIndent
    state.md.block.tokenize(state, startLine + 1, bodyEnd)
    state.blkIndent = oldBlkIndent
    state.lineMax = oldLineMax
    state.parentType = oldParentType

    const close = state.push('admonition_close', open.tag, -1)
    close.markup = open.markup
    close.block = true

    state.line = bodyEnd
    return true
  }

  // Titles are inline Markdown, but raw HTML in them is shown, not obeyed: a title is one line
  // typed into a header and should not be able to open tags the body then has to close.
  function escapeTitleHtml(state: StateCore): void {
    for (const token of state.tokens) {
      if (token.type !== 'inline' || token.meta !== TITLE_META || !token.children) continue
      for (const child of token.children) {
        if (child.type === 'html_inline') child.type = 'text'
      }
    }
  }

  md.block.ruler.before('fence', 'admonition', admonition, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  })
  md.core.ruler.after('inline', 'admonition_title_html', escapeTitleHtml)

  md.renderer.rules.admonition_open = renderOpen
  md.renderer.rules.admonition_title_open = (tokens, idx, _options, _env, self) =>
    `<${tokens[idx]!.tag}${self.renderAttrs(tokens[idx]!)}>`
  md.renderer.rules.admonition_title_close = (tokens, idx) => `</${tokens[idx]!.tag}>\n`
  md.renderer.rules.admonition_close = (tokens, idx) => `</${tokens[idx]!.tag}>\n`
}

// Same markup as VitePress's `::: info` (title directly after the opening tag) so its styles apply.
function renderOpen(tokens: Token[], idx: number, _options: unknown, _env: unknown, self: Renderer): string {
  const token = tokens[idx]!
  const titled = tokens[idx + 1]?.type === 'admonition_title_open'
  return `<${token.tag}${self.renderAttrs(token)}>${titled ? '' : '\n'}`
}

function blockClasses(header: AdmonitionHeader, type: string | undefined, block: string | undefined): string[] {
  const [written, ...extra] = header.words
  const classes = [header.kind === 'details' ? 'details' : (block ?? 'info'), 'custom-block', 'admonition']
  if (written !== undefined) {
    classes.push(`admonition-${type ?? 'unknown'}`)
    // Keep the word as written (an alias or an unknown type) so pages can still target it.
    if (written !== type) classes.push(`admonition-${written}`)
  }
  return [...classes, ...extra]
}

function titleText(header: AdmonitionHeader, defaultTitle: string | undefined): string | undefined {
  if (header.title === undefined) return defaultTitle ?? capitalize(header.words[0] ?? '')
  // `??? note ""` gives an empty <summary> in pymdownx, and here too (with a warning), so the page reads as it did in MkDocs.
  if (header.kind === 'details') return header.title
  // `!!! note ""` is Python-Markdown's way to drop the title bar.
  return header.title === '' ? undefined : header.title
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
