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
// - attributes Vue would read as directives (`v-…`, `:…`, `@…`) are dropped with a warning.
// Fenced code is already `v-pre` in VitePress. Registered components (`<GlossaryIndex />`) work on
// every page; `<script setup>`, interpolation and directives need `vue: true`.
import { isHTMLTag, isMathMLTag, isSVGTag } from '@vue/shared'
import { compileTemplate } from 'vue/compiler-sfc'
import type { Options, PluginWithOptions, Renderer, RendererRule, StateBlock, StateCore, Token } from 'markdown-it'
import { readText } from '../text.ts'
import { createWarner, pageUsesVue, type Warn } from './source-location.ts'

export interface VueSafeOptions {
  /** Globally registered component names (PascalCase); see `componentsRegisteredIn`. */
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

// One raw HTML tag, comment or declaration; the text between them is what the reader sees.
const HTML_PIECE_RE = /<!--[\s\S]*?-->|<![\s\S]*?>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g
const MUSTACHE_RE = /[{}]{2,}/g
const DIRECTIVE_ATTR_RE = /^(?:v-|[:@#])/
// Content Vue does not compile as template text.
const RAW_TEXT_ELEMENTS = new Set(['script', 'style'])

/** `a{{b}}` → `a&#123;&#123;b&#125;&#125;`: the same text for the reader, no interpolation for Vue. */
export function escapeMustaches(html: string): string {
  return html.replace(MUSTACHE_RE, (run) => run.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;'))
}

/** The names `app.component('Name', …)` registers in a theme file: the components every page may use. */
export function componentsRegisteredIn(file: string): string[] {
  const source = readText(file)
  return [...source.matchAll(/\bapp\.component\(\s*['"]([A-Za-z][\w-]*)['"]/g)].map((m) => m[1]!)
}

export const vueSafePlugin: PluginWithOptions<VueSafeOptions> = (md, options = {}) => {
  const warn = createWarner(md, 'vue-safe', options.warn)
  const components = new Set<string>()
  for (const name of [...BUILT_IN_COMPONENTS, ...(options.components ?? [])]) {
    components.add(name)
    components.add(kebab(name))
  }

  /** An HTML element or a component Vue can resolve: anything else is a word in angle brackets. */
  function isKnownTag(name: string): boolean {
    const lower = name.toLowerCase()
    if (name === lower && (isHTMLTag(lower) || isSVGTag(lower) || isMathMLTag(lower) || OBSOLETE_HTML.has(lower))) return true
    // SVG and MathML keep camelCase names (`foreignObject`); Vue resolves components in both cases.
    return isSVGTag(name) || components.has(name)
  }

  /** Raw HTML with unknown tags turned into text and mustaches escaped; `line` of its first character. */
  function safeHtml(html: string, env: unknown, line: number | undefined): string {
    let out = ''
    let last = 0
    let rawUntil: string | undefined
    for (const match of html.matchAll(HTML_PIECE_RE)) {
      const [piece, closing, name, attributes] = match
      const text = html.slice(last, match.index)
      last = match.index + piece.length
      if (rawUntil !== undefined) {
        out += text + piece
        if (closing && name?.toLowerCase() === rawUntil) rawUntil = undefined
        continue
      }
      out += escapeMustaches(text)
      if (name === undefined) {
        out += piece
      } else if (isKnownTag(name)) {
        out += closing ? piece : safeAttributes(piece, name, attributes ?? '', env, lineAt(html, match.index, line))
        if (!closing && RAW_TEXT_ELEMENTS.has(name.toLowerCase()) && !piece.endsWith('/>')) rawUntil = name.toLowerCase()
      } else {
        warn(env, lineAt(html, match.index, line), unknownTagMessage(closing + name))
        out += escapeMustaches(piece.replace(/</g, '&lt;').replace(/>/g, '&gt;'))
      }
    }
    return out + (rawUntil !== undefined ? html.slice(last) : escapeMustaches(html.slice(last)))
  }

  function safeAttributes(tag: string, name: string, attributes: string, env: unknown, line: number | undefined): string {
    const directives = [...attributes.matchAll(/\s([^\s=/>"']+)/g)].map((m) => m[1]!).filter((a) => DIRECTIVE_ATTR_RE.test(a))
    if (directives.length === 0) return tag
    warn(env, line, directiveMessage(name, directives))
    const kept = attributes.replace(/\s([^\s=/>"']+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g, (whole, attr: string) =>
      DIRECTIVE_ATTR_RE.test(attr) ? '' : whole,
    )
    return `<${name}${kept}>`
  }

  // VitePress turns a line that starts with any unknown tag into a raw "component" block; a line that
  // starts with a word in angle brackets (`<balabala> 是占位符`) must stay a paragraph.
  const rules = (md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule }[] }).__rules__
  const htmlBlock = rules.find((rule) => rule.name === 'html_block')?.fn
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
    const m = /^<\/?([A-Za-z][\w:.-]*)/.exec(state.src.slice(start, state.eMarks[line]))
    return m !== null && !isKnownTag(m[1]!)
  }

  // Tokens, before rendering: attributes that would be directives, and raw inline tags, whose line is
  // only known here (the renderer sees an inline token's children without their block).
  md.core.ruler.push('vue_safe', (state: StateCore) => {
    if (pageUsesVue(state.env)) return
    let line: number | undefined
    const dropDirectives = (token: Token) => {
      const attrs = token.attrs ?? []
      const directives = attrs.filter(([name]) => DIRECTIVE_ATTR_RE.test(name)).map(([name]) => name)
      if (directives.length === 0) return
      warn(state.env, line, directiveMessage(token.tag, directives))
      token.attrs = attrs.filter(([name]) => !DIRECTIVE_ATTR_RE.test(name))
    }
    for (const token of state.tokens) {
      line = token.map?.[0] ?? line
      dropDirectives(token)
      for (const child of token.children ?? []) {
        dropDirectives(child)
        if (child.type !== 'html_inline') continue
        const tag = /^<(\/?)([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>$/.exec(child.content)
        if (!tag) continue
        if (!isKnownTag(tag[2]!)) {
          warn(state.env, line, unknownTagMessage(tag[1]! + tag[2]!))
          // Rendered like any text: `<` and `>` escaped.
          child.type = 'text'
        } else if (!tag[1]) {
          child.content = safeAttributes(child.content, tag[2]!, tag[3]!, state.env, line)
        }
      }
    }
  })

  const wrap = (type: string, safe: (html: string, token: Token, env: unknown) => string) => {
    const original: RendererRule =
      md.renderer.rules[type] ??
      ((tokens: Token[], idx: number, opts: Options, _env: unknown, self: Renderer) => self.renderToken(tokens, idx, opts))
    md.renderer.rules[type] = (tokens, idx, opts, env, self) => {
      const html = original(tokens, idx, opts, env, self)
      return pageUsesVue(env) ? html : safe(html, tokens[idx]!, env)
    }
  }
  // markdown-it's own output: text is already HTML-escaped, only the braces remain.
  wrap('text', escapeMustaches)
  wrap('code_inline', escapeMustaches)
  wrap('code_block', escapeMustaches)
  // A raw HTML block is free-form: tags are checked one by one, text between them escaped.
  wrap('html_block', (html, token, env) => safeHtml(html, env, token.map?.[0]))

  // What is left to break the build is raw HTML that does not nest (`<span>` closed in another
  // paragraph, a stray `</div>`). Vue's own message names a line of the generated template; this one
  // names the line of the Markdown file and what to change, before Vue stops the build.
  const render = md.render.bind(md)
  md.render = (src, env = {}) => {
    const html = render(src, env)
    if (sourceNameKnown(env)) {
      const { errors } = compileTemplate({ source: html, filename: 'page.md', id: 'vue-safe-check' })
      for (const error of errors) {
        const offset = typeof error === 'string' ? undefined : (error as { loc?: { start: { offset: number } } }).loc?.start.offset
        const tag = offset === undefined ? undefined : /^<\/?[A-Za-z][^>]*>?/.exec(html.slice(offset))?.[0]
        const at = tag ? src.indexOf(tag) : -1
        const line = at < 0 ? undefined : src.slice(0, at).split('\n').length - 1
        const message = typeof error === 'string' ? error : error.message
        warn(
          { ...(env as object), content: undefined },
          line,
          `Vue cannot compile this page: ${message}${tag ? ` (${tag})` : ''} — ` +
            'raw HTML tags must open and close inside the same block; close the tag, or write &lt; for a literal <',
        )
      }
    }
    return html
  }
}

/** Only pages (VitePress passes their path) are checked; a fragment rendered alone has no file to name. */
function sourceNameKnown(env: unknown): boolean {
  const { path, relativePath } = (env ?? {}) as { path?: unknown; relativePath?: unknown }
  return typeof path === 'string' || typeof relativePath === 'string'
}

function unknownTagMessage(tag: string): string {
  return (
    `<${tag}> is not an HTML element or a registered component, so it is shown as text — ` +
    'put it in `backticks` to say so, or add `vue: true` to the front matter if it is a component the page imports'
  )
}

function directiveMessage(tag: string, attributes: string[]): string {
  return (
    `<${tag}> attribute ${attributes.join(', ')} would be a Vue directive, so it is dropped — ` +
    'add `vue: true` to the front matter if it is meant for Vue'
  )
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean

function lineAt(html: string, offset: number, first: number | undefined): number | undefined {
  if (first === undefined) return undefined
  let line = first
  for (let i = 0; i < offset; i++) if (html.charCodeAt(i) === 0x0a) line++
  return line
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
}
