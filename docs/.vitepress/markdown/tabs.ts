// markdown-it block rule for pymdownx.tabbed's `=== "标题"` blocks, rendered as an accessible tab set.
//
// Consecutive `===` blocks form one set (`===!` starts a new one, `===+` selects a tab); each body
// is the lines indented four columns past the header, as for admonitions. The markup is the WAI-ARIA
// tabs pattern: a role=tablist of buttons and one role=tabpanel per tab, all panels but the selected
// one `hidden`. The theme's tabs.ts switches them by mouse and keyboard; the class names are
// MkDocs-Material's (`tabbed-set`, `tabbed-labels`, `tabbed-block`) so pages can keep targeting them.
import type { PluginWithOptions, StateBlock, StateCore } from 'markdown-it'
import { misplacedHeader } from './python-placement.ts'
import { createWarner, type Warn } from './source-location.ts'

export interface TabsOptions {
  /** Receives each build-time warning once; defaults to `console.warn`. */
  warn?: Warn
}

export interface TabHeader {
  /** `===!`: start a new set even right after another one. */
  newSet: boolean
  /** `===+`: the tab shown first. */
  selected: boolean
  title: string
}

interface Tab {
  header: TabHeader
  line: number
  bodyEnd: number
}

// pymdownx.tabbed's START, anchored to one line, with the `+` of later pymdownx releases. The lazy
// title followed by `[ \t]*$` runs to the last quote, as in Python.
const HEADER_RE = /^===(!)?(\+)?[ \t]+"(.*?)"[ \t]*$/
// Evidently meant as a tab (full-width quotes, no space, no quotes) but not one: worth a warning.
const LOOKS_LIKE_HEADER_RE = /^===[!+]*[ \t]*["“”「『]|^===[!+]*[ \t]+\S/

const CODE_EQUALS = 0x3d // =

// Marks title inline tokens so the core rule can find them after inline parsing.
const TITLE_META = Symbol('tab-title')
// Tab sets are numbered per rendered page for their ids.
const setCounters = new WeakMap<object, number>()

export function parseTabHeader(line: string): TabHeader | undefined {
  const m = HEADER_RE.exec(line)
  if (!m) return undefined
  return { newSet: m[1] !== undefined, selected: m[2] !== undefined, title: m[3]! }
}

/** The line's text after its indentation. */
function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line])
}

export const tabsPlugin: PluginWithOptions<TabsOptions> = (md, options = {}) => {
  const warn = createWarner(md, 'tabs', options.warn)

  /** The header on `line`, if it is one at this block's indentation. */
  function headerAt(state: StateBlock, line: number): TabHeader | undefined {
    if (state.sCount[line]! - state.blkIndent >= 4) return undefined
    if (state.src.charCodeAt(state.bMarks[line]! + state.tShift[line]!) !== CODE_EQUALS) return undefined
    const text = lineText(state, line)
    const header = parseTabHeader(text)
    if (!header && LOOKS_LIKE_HEADER_RE.test(text)) {
      warn(state.env, line, `not a tab header, kept as text: ${text} — write === "标题" with ASCII double quotes`)
    }
    return header
  }

  /** One past the last line of the body under the header on `line` (trailing blank lines excluded). */
  function bodyEnd(state: StateBlock, line: number, endLine: number): number {
    const indent = state.sCount[line]! + 4
    let end = line + 1
    for (let next = line + 1; next < endLine; next++) {
      if (state.isEmpty(next)) continue
      if (state.sCount[next]! < indent) break
      end = next + 1
    }
    return end
  }

  function tabs(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
    const first = headerAt(state, startLine)
    if (!first) return false
    // Python-Markdown starts a tab set only at its container's column (1–3 extra spaces, list-item text: a paragraph).
    const misplaced = misplacedHeader(state, startLine, `\`${lineText(state, startLine)}\``)
    if (misplaced) {
      warn(state.env, startLine, misplaced)
      return false
    }
    if (silent) return true

    // The set: this tab, then every tab header that follows directly (blank lines aside).
    const set: Tab[] = []
    for (let line = startLine, header: TabHeader | undefined = first; header; ) {
      const end = bodyEnd(state, line, endLine)
      set.push({ header, line, bodyEnd: end })
      let next = end
      while (next < endLine && state.isEmpty(next)) next++
      if (next >= endLine || state.sCount[next]! !== state.sCount[startLine]!) break
      header = headerAt(state, next)
      if (header?.newSet) break
      line = next
    }

    const setId = (setCounters.get(state.env as object) ?? 0) + 1
    setCounters.set(state.env as object, setId)
    const chosen = set.findLastIndex((tab) => tab.header.selected)
    const selected = chosen < 0 ? 0 : chosen
    const tabId = (i: number) => `tab-${setId}-${i + 1}`
    const panelId = (i: number) => `tabpanel-${setId}-${i + 1}`
    const lastLine = set.at(-1)!.bodyEnd

    const open = state.push('tabs_open', 'div', 1)
    open.block = true
    open.map = [startLine, lastLine]
    open.attrSet('class', 'tabbed-set')

    const list = state.push('tabs_list_open', 'div', 1)
    list.block = true
    list.attrSet('class', 'tabbed-labels')
    list.attrSet('role', 'tablist')
    set.forEach((tab, i) => {
      if (tab.header.title.trim() === '') {
        warn(state.env, tab.line, `tab ${i + 1} has an empty title — write a title between the quotes`)
      }
      const button = state.push('tabs_tab_open', 'button', 1)
      button.block = true
      button.map = [tab.line, tab.line + 1]
      button.attrSet('type', 'button')
      button.attrSet('class', 'tabbed-label')
      button.attrSet('role', 'tab')
      button.attrSet('id', tabId(i))
      button.attrSet('aria-controls', panelId(i))
      button.attrSet('aria-selected', String(i === selected))
      button.attrSet('tabindex', i === selected ? '0' : '-1')
      const title = state.push('inline', '', 0)
      title.content = tab.header.title
      title.map = [tab.line, tab.line + 1]
      title.children = []
      title.meta = TITLE_META
      state.push('tabs_tab_close', 'button', -1).block = true
    })
    state.push('tabs_list_close', 'div', -1).block = true

    const oldParentType = state.parentType
    const oldLineMax = state.lineMax
    const oldBlkIndent = state.blkIndent
    set.forEach((tab, i) => {
      const panel = state.push('tabs_panel_open', 'div', 1)
      panel.block = true
      panel.map = [tab.line, tab.bodyEnd]
      panel.attrSet('class', 'tabbed-block')
      panel.attrSet('role', 'tabpanel')
      panel.attrSet('id', panelId(i))
      panel.attrSet('aria-labelledby', tabId(i))
      // Focusable so keyboard users reach panels that start with text rather than a link.
      panel.attrSet('tabindex', '0')
      if (i !== selected) panel.attrSet('hidden', '')

      state.parentType = 'tabs' as StateBlock['parentType']
      state.lineMax = tab.bodyEnd
      state.blkIndent = state.sCount[tab.line]! + 4
      state.md.block.tokenize(state, tab.line + 1, tab.bodyEnd)
      state.blkIndent = oldBlkIndent
      state.lineMax = oldLineMax
      state.parentType = oldParentType

      state.push('tabs_panel_close', 'div', -1).block = true
    })

    const close = state.push('tabs_close', 'div', -1)
    close.block = true
    state.line = lastLine
    return true
  }

  // A title is the label of a button: raw HTML in it is shown as text, and links (which cannot sit
  // inside a button) keep only their text.
  function flattenTitles(state: StateCore): void {
    for (const token of state.tokens) {
      if (token.type !== 'inline' || token.meta !== TITLE_META || !token.children) continue
      token.children = token.children.filter((child) => child.type !== 'link_open' && child.type !== 'link_close')
      for (const child of token.children) if (child.type === 'html_inline') child.type = 'text'
    }
  }

  md.block.ruler.before('fence', 'tabs', tabs, { alt: ['paragraph', 'reference', 'blockquote', 'list'] })
  md.core.ruler.after('inline', 'tabs_titles', flattenTitles)
}
