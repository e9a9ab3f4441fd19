// Makes a page's text mean what it says, as under MkDocs, although VitePress compiles every page as a Vue template.
//
// Without this, `{{{masterpiece}}}` (prompt weighting) is a Vue interpolation and `<balabala>` an
// unknown component: the build fails or the text disappears. So, unless the page opts in with
// front matter `vue: true`:
// - mustaches in text, inline code, indented code and raw HTML are written as `&#123;` / `&#125;`,
//   which the browser shows as braces and Vue does not read as `{{`;
// - a tag that is neither an HTML/SVG/MathML element nor a registered component is text: a line
//   starting with one stays a paragraph (VitePress would make it a raw component block), and the tag
//   itself is escaped, with a file:line warning;
// - attributes Vue would read as directives (`v-…`, `:…`, `@…`) are dropped with a warning;
// - raw HTML that does not nest (a `<span>` closed in another paragraph) is reported with its line,
//   before Vue stops the build naming a line of the generated template.
// Fenced code is already `v-pre` in VitePress. Registered components (`<GlossaryIndex />`) work on
// every page; `<script setup>`, interpolation and directives need `vue: true`, and such a page is
// compiled once more here so that Vue's errors name the Markdown line.
//
// All of it is markdown-it rules: a wrapper of the html_block rule, one core rule over the tokens,
// and renderer rules for text and code.
import { isHTMLTag, isMathMLTag, isSVGTag, isVoidTag } from '@vue/shared'
import { ErrorCodes, errorMessages } from '@vue/compiler-core'
import { compileTemplate } from 'vue/compiler-sfc'
import type MarkdownIt from 'markdown-it'
import type { Options, PluginWithOptions, Renderer, RendererRule, StateBlock, StateCore, Token } from 'markdown-it'
import { scanHtml, type HtmlTag } from './html-scan.ts'
import { createWarner, pageUsesVue, type Warn, type Warner } from './source-location.ts'

export interface VueSafeOptions {
  /** Globally registered component names (PascalCase): theme/components.ts. */
  components?: readonly string[]
  /** Receives each build-time warning once; defaults to `console.warn`. */
  warn?: Warn
}

/** Components every VitePress page can use without registering them: Vue's, VitePress's, the default theme's. */
export const BUILT_IN_COMPONENTS: readonly string[] = [
  'Component',
  'KeepAlive',
  'Slot',
  'Suspense',
  'Teleport',
  'Template',
  'Transition',
  'TransitionGroup',
  'ClientOnly',
  'Content',
  'Badge',
]

// Elements browsers still render although the HTML standard (and so Vue's list) dropped them;
// MkDocs pages use some (`<center>`, `<font>`), and they were never components.
const OBSOLETE_HTML = new Set(
  'acronym applet basefont bgsound big blink center dir font frame frameset image isindex keygen listing marquee menuitem multicol nextid nobr noembed noframes plaintext rb rtc search spacer strike tt xmp'.split(
    ' ',
  ),
)

const MUSTACHE_RE = /[{}]{2,}/g
const DIRECTIVE_ATTR_RE = /^(?:v-|[:@#])/
// The start of a line VitePress's html_block rule would take as a component block.
const LINE_TAG_RE = /^<\/?([A-Za-z][\w:.-]*)/

/** `a{{b}}` → `a&#123;&#123;b&#125;&#125;`: the same text for the reader, no interpolation for Vue. */
export function escapeMustaches(html: string): string {
  if (!html.includes('{') && !html.includes('}')) return html
  return html.replace(MUSTACHE_RE, (run) => run.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;'))
}

export const vueSafePlugin: PluginWithOptions<VueSafeOptions> = (md, options = {}) => {
  const warn = createWarner(md, 'vue-safe', options.warn)
  const components = new Set<string>()
  for (const name of [...BUILT_IN_COMPONENTS, ...(options.components ?? [])]) {
    components.add(name)
    components.add(kebab(name))
  }

  const known = new Map<string, boolean>()
  /** An HTML element or a component Vue can resolve: anything else is a word in angle brackets. */
  function isKnownTag(name: string): boolean {
    let result = known.get(name)
    if (result === undefined) known.set(name, (result = resolvable(name)))
    return result
  }

  function resolvable(name: string): boolean {
    const lower = name.toLowerCase()
    if (name === lower && (isHTMLTag(lower) || isSVGTag(lower) || isMathMLTag(lower) || OBSOLETE_HTML.has(lower))) return true
    // SVG and MathML keep camelCase names (`foreignObject`); Vue resolves components in both cases.
    return isSVGTag(name) || components.has(name)
  }

  // VitePress turns a line that starts with any unknown tag into a raw "component" block; a line that
  // starts with a word in angle brackets (`<balabala> 是占位符`) must stay a paragraph, and must not
  // interrupt one either, so the html_block rule itself (in every chain it belongs to) declines it.
  const htmlBlock = activeRule(md, 'html_block')
  if (htmlBlock) {
    md.block.ruler.at(
      'html_block',
      (state, startLine, endLine, silent) => {
        if (!pageUsesVue(state.env) && startsWithUnknownTag(state, startLine)) return false
        return htmlBlock(state, startLine, endLine, silent)
      },
      { alt: ['paragraph', 'reference', 'blockquote'] },
    )
  }

  function startsWithUnknownTag(state: StateBlock, line: number): boolean {
    const start = state.bMarks[line]! + state.tShift[line]!
    if (state.src.charCodeAt(start) !== 0x3c /* < */) return false
    const m = LINE_TAG_RE.exec(state.src.slice(start, state.eMarks[line]))
    return m !== null && !isKnownTag(m[1]!)
  }

  md.core.ruler.push('vue_safe', (state: StateCore) => {
    const { env } = state
    if (pageUsesVue(env)) {
      checkVuePage(state, warn)
      return
    }
    // What markdown-it parsed (attributes, inline HTML) is reported as met; raw HTML blocks and how
    // raw tags nest, after it.
    const later: { line: number | undefined; message: string }[] = []
    const warnLater: Warner = (_env, line, message) => later.push({ line, message })
    const nesting = nestingCheck(env, warnLater)
    for (const token of state.tokens) {
      const line = token.map?.[0]
      if (token.attrs) dropDirectives(token, env, line)
      if (token.type === 'html_block') token.content = safeHtmlBlock(token.content, env, line, nesting, warnLater)
      else if (token.type === 'html_inline') inlineHtml(token, env, line, nesting)
      else nesting.token(token)
      if (!token.children) continue
      // Children have no map: their line is the block's, plus the line breaks before them.
      let childLine = line
      for (const child of token.children) {
        if (child.attrs) dropDirectives(child, env, childLine)
        if (child.type === 'html_inline') {
          inlineHtml(child, env, childLine, nesting)
          childLine = lineAt(child.content, child.content.length, childLine)
        } else if (child.type === 'softbreak' || child.type === 'hardbreak') {
          if (childLine !== undefined) childLine++
        } else {
          nesting.token(child)
        }
      }
    }
    nesting.end()
    for (const { line, message } of later) warn(env, line, message)
  })

  function dropDirectives(token: Token, env: unknown, line: number | undefined): void {
    const attrs = token.attrs
    if (!attrs || !attrs.some(([name]) => isDirective(name))) return
    const directives = attrs.filter(([name]) => DIRECTIVE_ATTR_RE.test(name)).map(([name]) => name)
    if (directives.length === 0) return
    warn(env, line, directiveMessage(token.tag, directives))
    token.attrs = attrs.filter(([name]) => !DIRECTIVE_ATTR_RE.test(name))
  }

  /** Inline raw HTML: one unknown tag becomes text (escaped like any text); known tags lose their directives and are followed for nesting. */
  function inlineHtml(token: Token, env: unknown, line: number | undefined, nesting: NestingCheck): void {
    const html = token.content
    const pieces = scanHtml(html)
    const only = pieces.length === 1 ? pieces[0] : undefined
    if (only?.kind === 'tag' && !isKnownTag(only.name)) {
      warn(env, line, unknownTagMessage(only))
      token.type = 'text'
      return
    }
    let out = ''
    let last = 0
    for (const piece of pieces) {
      if (piece.kind !== 'tag') continue
      const at = lineAt(html, piece.start, line)
      const text = safeTag(html, piece, env, at)
      nesting.tag(piece, text, at)
      if (text.length === piece.end - piece.start) continue
      out += html.slice(last, piece.start) + text
      last = piece.end
    }
    if (last > 0) token.content = out + html.slice(last)
  }

  /** A raw HTML block: unknown tags escaped, text between tags without mustaches, directives dropped. */
  function safeHtmlBlock(html: string, env: unknown, line: number | undefined, nesting: NestingCheck, warn: Warner): string {
    let out = ''
    let last = 0
    for (const piece of scanHtml(html)) {
      out += html.slice(last, piece.start)
      last = piece.end
      const text = html.slice(piece.start, piece.end)
      if (piece.kind === 'text') {
        out += piece.raw ? text : escapeMustaches(text)
        continue
      }
      const at = lineAt(html, piece.start, line)
      if (!isKnownTag(piece.name)) {
        warn(env, at, unknownTagMessage(piece))
        out += escapeMustaches(text.replace(/</g, '&lt;').replace(/>/g, '&gt;'))
        continue
      }
      const safe = safeTag(html, piece, env, at, warn)
      nesting.tag(piece, safe, at)
      out += safe
    }
    return out + html.slice(last)
  }

  /** The tag as written, without attributes Vue would read as directives. */
  function safeTag(html: string, tag: HtmlTag, env: unknown, line: number | undefined, warnTag: Warner = warn): string {
    const directives = tag.attributes.length === 0 ? tag.attributes : tag.attributes.filter((a) => DIRECTIVE_ATTR_RE.test(a.name))
    if (directives.length === 0) return html.slice(tag.start, tag.end)
    warnTag(env, line, directiveMessage(tag.name, directives.map((a) => a.name)))
    let out = ''
    let from = tag.start
    // Each attribute goes with the whitespace before it.
    for (const attribute of directives) {
      out += html.slice(from, attribute.start - 1)
      from = attribute.end
    }
    return out + html.slice(from, tag.end)
  }

  // markdown-it's own output: text is already HTML-escaped, only the braces remain.
  for (const type of ['text', 'code_inline', 'code_block']) {
    const original: RendererRule =
      md.renderer.rules[type] ??
      ((tokens: Token[], idx: number, opts: Options, _env: unknown, self: Renderer) => self.renderToken(tokens, idx, opts))
    md.renderer.rules[type] = (tokens, idx, opts, env, self) => {
      const html = original(tokens, idx, opts, env, self)
      return pageUsesVue(env) ? html : escapeMustaches(html)
    }
  }
}

const MARKDOWN_ELEMENT: { name: string; raw?: undefined } = { name: '' }

interface NestingCheck {
  /** A Markdown token: `*_open` and `*_close` are elements raw tags must not cross. */
  token(token: Token): void
  /** A raw tag as it will be rendered, on `line`. */
  tag(tag: HtmlTag, text: string, line: number | undefined): void
  /** The end of the page: raw tags still open. */
  end(): void
}

/**
 * Follows the elements of the page as Vue's template parser will: Markdown's elements nest by
 * construction, raw tags must open and close within the same one. Each raw tag that does not is
 * reported with Vue's own message (what would otherwise stop the build naming a line of the template).
 */
function nestingCheck(env: unknown, warn: Warner): NestingCheck {
  const open: { name: string; raw?: { text: string; line: number | undefined } }[] = []
  const report = (code: ErrorCodes, text: string, line: number | undefined) =>
    warn(
      env,
      line,
      `Vue cannot compile this page: ${errorMessages[code]} (${text}) — ` +
        'raw HTML tags must open and close inside the same block; close the tag, or write &lt; for a literal <',
    )
  const unclosed = () => {
    const { raw } = open.pop()!
    if (raw) report(ErrorCodes.X_MISSING_END_TAG, raw.text, raw.line)
  }
  const check: NestingCheck = {
    token(token) {
      // A Markdown element is only ever looked at as "not raw": one shared entry stands for all of them.
      if (token.nesting === 1) open.push(MARKDOWN_ELEMENT)
      if (token.nesting !== -1) return
      while (open.at(-1)?.raw) unclosed()
      open.pop()
    },
    tag(tag, text, line) {
      const name = tag.name.toLowerCase()
      if (tag.selfClosing || isVoidTag(name)) return
      if (!tag.closing) {
        open.push({ name, raw: { text, line } })
        return
      }
      for (let i = open.length - 1; i >= 0 && open[i]!.raw; i--) {
        if (open[i]!.name !== name) continue
        while (open.length - 1 > i) unclosed()
        open.pop()
        return
      }
      report(ErrorCodes.X_INVALID_END_TAG, text, line)
    },
    end() {
      while (open.length > 0) unclosed()
    },
  }
  return check
}

/**
 * A page with `vue: true` is left to Vue, so it is compiled here once: Vue's message names a line of
 * the generated template, this one the line of the Markdown file. Rendered with a copy of `env`, as
 * VitePress's plugins record what they render (links, `<script setup>` blocks) in it.
 */
function checkVuePage(state: StateCore, warn: Warner): void {
  const { path, relativePath } = (state.env ?? {}) as { path?: unknown; relativePath?: unknown }
  // A fragment rendered alone (no page) has no file to name.
  if (typeof path !== 'string' && typeof relativePath !== 'string') return
  let html: string
  try {
    html = state.md.renderer.render(state.tokens, state.md.options, structuredClone(state.env))
  } catch {
    return
  }
  const { errors } = compileTemplate({ source: html, filename: 'page.md', id: 'vue-safe-check' })
  for (const error of errors) {
    const offset = typeof error === 'string' ? undefined : error.loc?.start.offset
    const tag = offset === undefined ? undefined : /^<\/?[A-Za-z][^>]*>?/.exec(html.slice(offset))?.[0]
    const at = tag ? state.src.indexOf(tag) : -1
    const line = at < 0 ? undefined : state.src.slice(0, at).split('\n').length - 1
    const message = typeof error === 'string' ? error : error.message
    warn(state.env, line, `Vue cannot compile this page: ${message}${tag ? ` (${tag})` : ''} — check the template syntax on this line`)
  }
}

/**
 * The rule `name` as the block ruler runs it now (VitePress replaces markdown-it's html_block with its
 * own): the one function that leaves the chain when that rule is disabled. Public Ruler API only.
 */
function activeRule(md: MarkdownIt, name: string): BlockRule | undefined {
  const ruler = md.block.ruler
  const all = ruler.getRules('') as BlockRule[]
  ruler.disable(name, true)
  const others = new Set(ruler.getRules(''))
  const rule = all.find((fn) => !others.has(fn))
  if (rule) ruler.enable(name, true)
  return rule
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean

function unknownTagMessage(tag: HtmlTag): string {
  return (
    `<${tag.closing ? '/' : ''}${tag.name}> is not an HTML element or a registered component, so it is shown as text — ` +
    'put it in `backticks` to say so, or add `vue: true` to the front matter if it is a component the page imports'
  )
}

function directiveMessage(tag: string, attributes: string[]): string {
  return (
    `<${tag}> attribute ${attributes.join(', ')} would be a Vue directive, so it is dropped — ` +
    'add `vue: true` to the front matter if it is meant for Vue'
  )
}

function lineAt(html: string, offset: number, first: number | undefined): number | undefined {
  if (first === undefined || !html.includes('\n')) return first
  let line = first
  for (let i = 0; i < offset; i++) if (html.charCodeAt(i) === 0x0a) line++
  return line
}

/** `v-…`, `:…`, `@…`, `#…`: what DIRECTIVE_ATTR_RE matches, without a regex for the many attributes that are not. */
function isDirective(name: string): boolean {
  const c = name.charCodeAt(0)
  return c === 0x3a /* : */ || c === 0x40 /* @ */ || c === 0x23 /* # */ || (c === 0x76 /* v */ && name.charCodeAt(1) === 0x2d) /* - */
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
}
