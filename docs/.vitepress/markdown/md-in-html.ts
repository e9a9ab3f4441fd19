// markdown-it block rule for Python-Markdown's md_in_html: Markdown inside `<div markdown>…</div>`.
//
// The opening tag on its own line (or the whole element on one line) with a `markdown` attribute:
// the attribute is dropped and what lies between the tags is parsed as Markdown, as blocks for
// block-level tags (`div`, `figure`, `details`, …) and as one inline run for the tags Python-Markdown
// treats as span-level (`p`, `h1`…, `li`, `summary`, …) or for `markdown="span"`. Inside, a line
// holding one whole element (`<figcaption>…</figcaption>`) stays raw HTML on its own, as there.
import type { PluginWithOptions, StateBlock } from 'markdown-it'
import { createWarner, type Warn } from './source-location.ts'

export interface MdInHtmlOptions {
  /** Receives each build-time warning once; defaults to `console.warn`. */
  warn?: Warn
}

// Python-Markdown 3.4's md_in_html: these parse their content as inline Markdown by default.
const SPAN_TAGS = new Set(['address', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'li', 'p', 'summary', 'td', 'th'])
// Never Markdown inside.
const RAW_TAGS = new Set(['pre', 'script', 'style', 'textarea'])

const ATTRS = String.raw`(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*`
const OPEN_RE = new RegExp(String.raw`^<([A-Za-z][\w-]*)(${ATTRS})\s*>`)
const MARKDOWN_ATTR_RE = /\s+markdown(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?(?=\s|$)/
// A line that is one whole element, e.g. `<figcaption>说明</figcaption>`.
const ONE_ELEMENT_LINE_RE = new RegExp(String.raw`^<([A-Za-z][\w-]*)${ATTRS}\s*>.*</\1\s*>\s*$`)

const CODE_LT = 0x3c // <
const PARENT = 'md_in_html' as StateBlock['parentType']

export const mdInHtmlPlugin: PluginWithOptions<MdInHtmlOptions> = (md, options = {}) => {
  const warn = createWarner(md, 'md-in-html', options.warn)

  function mdInHtml(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
    if (state.sCount[startLine]! - state.blkIndent >= 4) return false
    const start = state.bMarks[startLine]! + state.tShift[startLine]!
    if (state.src.charCodeAt(start) !== CODE_LT || !state.md.options.html) return false
    const line = state.src.slice(start, state.eMarks[startLine])
    const open = OPEN_RE.exec(line)
    if (!open) return false
    const marker = MARKDOWN_ATTR_RE.exec(open[2]!)
    if (!marker) return false
    const tag = open[1]!
    const lower = tag.toLowerCase()
    const mode = marker[1] ?? marker[2] ?? marker[3] ?? '1'
    if (mode === '0' || RAW_TAGS.has(lower)) return false

    const rest = line.slice(open[0].length)
    let closeLine: number
    let oneLine: string | undefined
    if (rest.trim() !== '') {
      // `<div markdown>**x**</div>`: the whole element on one line.
      const close = new RegExp(String.raw`^(.*)</${tag}\s*>\s*$`, 'i').exec(rest)
      if (!close) {
        warn(state.env, startLine, `<${tag} markdown> needs its content on the following lines and </${tag}> on a line of its own; kept as raw HTML`)
        return false
      }
      closeLine = startLine
      oneLine = close[1]!
    } else {
      const found = findClose(state, startLine, endLine, tag)
      if (typeof found === 'object') {
        warn(state.env, found.line, `</${tag}> closing a <${tag} markdown> must be on a line of its own; the element is kept as raw HTML`)
        return false
      }
      if (found === undefined && !silent) {
        // As Python-Markdown does, the element runs to the end (here: of the enclosing block) and is closed there.
        warn(state.env, startLine, `<${tag} markdown> has no </${tag}> below it; it is closed at the end of the enclosing block — add the closing tag`)
      }
      closeLine = found ?? endLine
    }
    if (silent) return true

    const span = mode === 'span' || (mode !== 'block' && SPAN_TAGS.has(lower))
    const openToken = state.push('html_block', '', 0)
    openToken.content = `<${tag}${open[2]!.replace(MARKDOWN_ATTR_RE, '')}>\n`
    openToken.map = [startLine, startLine + 1]

    if (oneLine !== undefined || span) {
      // Block content on one line is one paragraph, as Python-Markdown makes it.
      const paragraph = !span
      if (paragraph) state.push('paragraph_open', 'p', 1).map = [startLine, closeLine + 1]
      const inline = state.push('inline', '', 0)
      inline.content = oneLine ?? state.getLines(startLine + 1, closeLine, state.blkIndent, false).trim()
      inline.map = [startLine, closeLine + 1]
      inline.children = []
      if (paragraph) state.push('paragraph_close', 'p', -1)
    } else {
      const oldParentType = state.parentType
      const oldLineMax = state.lineMax
      state.parentType = PARENT
      state.lineMax = closeLine
      state.md.block.tokenize(state, startLine + 1, closeLine)
      state.lineMax = oldLineMax
      state.parentType = oldParentType
    }

    const closeToken = state.push('html_block', '', 0)
    closeToken.content = `${span ? '\n' : ''}</${tag}>\n`
    closeToken.map = [closeLine, closeLine + 1]
    state.line = Math.min(closeLine + 1, endLine)
    return true
  }

  // Inside an md_in_html element, a line that is one whole element is raw HTML by itself; VitePress's
  // HTML block would run on to the next blank line and swallow the Markdown after it.
  function oneElementLine(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
    if (state.parentType !== PARENT || state.sCount[startLine]! - state.blkIndent >= 4) return false
    const start = state.bMarks[startLine]! + state.tShift[startLine]!
    if (state.src.charCodeAt(start) !== CODE_LT) return false
    const line = state.src.slice(start, state.eMarks[startLine])
    if (!ONE_ELEMENT_LINE_RE.test(line) || MARKDOWN_ATTR_RE.test(OPEN_RE.exec(line)?.[2] ?? '')) return false
    if (silent) return true
    const token = state.push('html_block', '', 0)
    token.content = line + '\n'
    token.map = [startLine, startLine + 1]
    state.line = startLine + 1
    return true
  }

  md.block.ruler.before('html_block', 'md_in_html', mdInHtml, { alt: ['paragraph', 'reference', 'blockquote'] })
  md.block.ruler.before('html_block', 'md_in_html_element_line', oneElementLine, { alt: ['paragraph', 'reference', 'blockquote'] })
}

/**
 * The line of the `</tag>` that closes the element opened on `startLine`, nested same-name elements
 * counted; `{ line }` when that tag shares its line with other content; `undefined` when there is none.
 */
function findClose(state: StateBlock, startLine: number, endLine: number, tag: string): number | { line: number } | undefined {
  const opens = new RegExp(String.raw`<${tag}(?=[\s>/])(?:[^>"']|"[^"]*"|'[^']*')*?(/)?>`, 'gi')
  const closes = new RegExp(String.raw`</${tag}\s*>`, 'gi')
  let depth = 1
  for (let line = startLine + 1; line < endLine; line++) {
    if (state.sCount[line]! < state.blkIndent && !state.isEmpty(line)) return undefined
    const text = state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line])
    const opened = [...text.matchAll(opens)].filter((m) => m[1] === undefined).length
    const closed = text.match(closes)?.length ?? 0
    if (closed > 0 && depth + opened - closed <= 0) {
      return new RegExp(String.raw`^</${tag}\s*>\s*$`, 'i').test(text) ? line : { line }
    }
    depth += opened - closed
  }
  return undefined
}
