// markdown-it core rule for Python-Markdown's attr_list: `{ #id .class key=value }` where MkDocs applies it, nowhere else.
//
// VitePress's markdown-it-attrs reads any `{…}` at the end of a paragraph, list item or table cell
// as attributes, so NovelAI prompt weighting such as `提示词：{masterpiece}` silently disappears into
// `<p masterpiece="">`. The site turns it off (`markdown.attrs.disable`) for this rule, which follows
// Python-Markdown 3.4's AttrListTreeprocessor:
// - right after an image, link, code span, emphasis or strikethrough: `![图](a.png){ width="300" }`;
// - at the end of a heading or table cell, after a space: `## 标题 { #anchor }`;
// - on its own line at the end of a paragraph or list item: `段落\n{: .note }`.
// `{:` and `{` are the same; braces anywhere else are text, and a `{: …}` left in text is reported.
// One deliberate difference: a list of bare words (`{best quality}`) is prompt text, not attributes.
import type { PluginWithOptions, StateCore, Token } from 'markdown-it'
import { createWarner, type Warn } from './source-location.ts'

export interface AttrListOptions {
  /** Receives each build-time warning once; defaults to `console.warn`. */
  warn?: Warn
}

const BASE = String.raw`\{:?[ ]*([^}\n ][^}\n]*?)[ ]*\}`
const INLINE_RE = new RegExp(`^${BASE}`)
const END_RE = new RegExp(`[ ]+${BASE}[ ]*$`)
const OWN_LINE_RE = new RegExp(`^[ ]*${BASE}[ ]*$`)
// What is unmistakably meant as an attribute list (the colon form), for the warning.
const LEFT_OVER_RE = /\{:[^}\n]*\}/

// Python's re.Scanner over the list: quoted values, bare values, words; a stray `=` ends it.
const ATTR_RE = /([^ =]+)="(.*?)"|([^ =]+)='(.*?)'|([^ =]+)=([^ =]+)|([^ =]+)| /y

// Inline elements an attribute list can follow, by the token that ends them.
const CLOSES: Record<string, string | undefined> = {
  image: undefined,
  code_inline: undefined,
  link_close: 'link_open',
  em_close: 'em_open',
  strong_close: 'strong_open',
  s_close: 's_open',
}

/** `#id .a .b key="v w" word` → attribute pairs, classes joined, as Python-Markdown assigns them. */
export function parseAttrList(list: string): [string, string][] {
  const attrs = new Map<string, string>()
  ATTR_RE.lastIndex = 0
  for (let m = ATTR_RE.exec(list); m; m = ATTR_RE.exec(list)) {
    let name: string | undefined
    let value: string
    if (m[1] !== undefined) [name, value] = [m[1], m[2]!]
    else if (m[3] !== undefined) [name, value] = [m[3], m[4]!]
    else if (m[5] !== undefined) [name, value] = [m[5], m[6]!]
    else if (m[7] !== undefined) {
      const word = m[7]
      if (word.startsWith('.')) [name, value] = ['.', word.slice(1)]
      else if (word.startsWith('#')) [name, value] = ['id', word.slice(1)]
      else [name, value] = [word, word]
    } else continue
    if (name === '.') {
      const cls = attrs.get('class')
      attrs.set('class', cls ? `${cls} ${value}` : value)
    } else {
      attrs.set(name, value)
    }
  }
  return [...attrs]
}

export const attrListPlugin: PluginWithOptions<AttrListOptions> = (md, options = {}) => {
  const warn = createWarner(md, 'attr-list', options.warn)

  // The page and line being looked at, for warnings.
  let env: unknown
  let line: number | undefined

  /**
   * Whether `list` should become attributes. Python-Markdown also reads `{best quality}` (bare words
   * only) as `best="best" quality="quality"`; NovelAI prompts are written that way, so here it stays text.
   */
  function accept(list: string, written: string): boolean {
    if (!/^[^\s=.#][^\s=]*(?: +[^\s=.#][^\s=]*)*$/.test(list)) return true
    warn(
      env,
      line,
      `${written} is kept as text, where MkDocs would turn it into the attributes ${list.split(/ +/).join(', ')} — ` +
        'write it as { .class }, { #id } or { key=value } if you meant attributes',
    )
    return false
  }

  md.core.ruler.after('inline', 'attr_list', (state: StateCore) => {
    const tokens = state.tokens
    env = state.env
    line = undefined
    for (let i = 0; i < tokens.length; i++) {
      const inline = tokens[i]!
      // Table cells have no line of their own; their row does.
      line = inline.map?.[0] ?? line
      if (inline.type !== 'inline' || !inline.children) continue
      applyInline(inline.children)
      const owner = tokens[i - 1]
      if (owner?.type === 'heading_open' || owner?.type === 'td_open' || owner?.type === 'th_open') {
        applyAtEnd(owner, inline)
      } else if (owner?.type === 'paragraph_open') {
        // A tight list item's paragraph is not rendered: the attributes belong to the item.
        applyOnOwnLine(owner.hidden ? (enclosingListItem(tokens, i) ?? owner) : owner, inline)
      }
      const leftOver = inline.children.find((child) => child.type === 'text' && child.content.includes('{:') && LEFT_OVER_RE.test(child.content))
      if (leftOver) {
        warn(
          env,
          line,
          `attribute list ${LEFT_OVER_RE.exec(leftOver.content)![0]} is not where MkDocs applies one and is shown as text — ` +
            'put it right after an image or link, at the end of a heading, or on its own line after a paragraph',
        )
      }
    }
  })

  /** `![a](b){ .c }`: a text child starting with a list, right after an element, gives it to that element. */
  function applyInline(children: Token[]): void {
    for (let i = 1; i < children.length; i++) {
      const text = children[i]!
      const previous = children[i - 1]!
      if (text.type !== 'text' || !(previous.type in CLOSES)) continue
      const m = INLINE_RE.exec(text.content)
      if (!m || !accept(m[1]!, m[0])) continue
      const openType = CLOSES[previous.type]
      const target = openType ? matchingOpen(children, i - 1, openType) : previous
      if (!target) continue
      assign(target, m[1]!)
      text.content = text.content.slice(m[0].length)
    }
  }

  /** `## 标题 { #id }`: the end of the last text, after a space. */
  function applyAtEnd(owner: Token, inline: Token): void {
    const last = inline.children!.at(-1)
    if (last?.type !== 'text') return
    const m = END_RE.exec(last.content)
    if (!m || !accept(m[1]!, m[0].trim())) return
    assign(owner, m[1]!)
    last.content = last.content.slice(0, m.index)
    if (owner.type === 'heading_open') last.content = last.content.replace(/[ #]+$/, '')
    inline.content = inline.content.replace(END_RE, '')
  }

  /** `段落\n{: .c }`: a last line holding only the list. */
  function applyOnOwnLine(owner: Token, inline: Token): void {
    const children = inline.children!
    const last = children.at(-1)
    const lineBreak = children.at(-2)
    if (last?.type !== 'text' || (lineBreak?.type !== 'softbreak' && lineBreak?.type !== 'hardbreak')) return
    const m = OWN_LINE_RE.exec(last.content)
    if (!m || !accept(m[1]!, m[0].trim())) return
    assign(owner, m[1]!)
    children.length -= 2
  }
}

function assign(token: Token, list: string): void {
  for (const [name, value] of parseAttrList(list)) {
    if (name === 'class') {
      const existing = token.attrGet('class')
      token.attrSet('class', existing ? `${existing} ${value}` : value)
    } else {
      token.attrSet(name, value)
    }
  }
}

function matchingOpen(children: Token[], closeIndex: number, openType: string): Token | undefined {
  const closeType = children[closeIndex]!.type
  let depth = 0
  for (let i = closeIndex; i >= 0; i--) {
    const type = children[i]!.type
    if (type === closeType) depth++
    else if (type === openType && --depth === 0) return children[i]
  }
  return undefined
}

function enclosingListItem(tokens: Token[], index: number): Token | undefined {
  for (let i = index; i >= 0; i--) {
    const token = tokens[i]!
    if (token.type === 'list_item_open' && token.level === tokens[index]!.level - 2) return token
  }
  return undefined
}
