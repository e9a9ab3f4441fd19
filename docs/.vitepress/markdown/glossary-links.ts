// markdown-it core rule linking the first mention of each glossary term in a page's prose to its entry.
//
// A mention becomes `<GlossaryTerm entry="…" href="…">text</GlossaryTerm>`, a component of the
// theme (theme/components/GlossaryTerm.vue) that shows the entry's summary on hover, focus and
// tap; without the theme it is still a link-shaped tag whose text is the mention. With the `html`
// option (the site's build) it becomes the finished HTML of that component instead (glossary/term-html.ts),
// so that the page stays static for Vue. Skipped: headings, code, text already inside a link, the
// entry's own page, and pages with `glossary: false`.
import type MarkdownIt from 'markdown-it'
import type { StateCore, Token } from 'markdown-it'
import type { GlossaryEntry } from '../glossary/collect.ts'
import { foldWidth, nameKey } from '../glossary/names.ts'
import { JARGON_PATH, jargonLink } from '../glossary/anchors.ts'
import { termCloseHtml, termOpenHtml } from '../glossary/term-html.ts'
import { pagePath, pageRoute } from '../page-url.ts'
import { HrefCache } from './href-cache.ts'

export interface GlossaryLinksOptions {
  entries: GlossaryEntry[]
  /**
   * Write each term as plain HTML with its tooltip (glossary/term-html.ts) rather than as a `<GlossaryTerm>` tag.
   * `base` is the site's base path (`/`, `/aidraw/`), which the component would have added to the link.
   */
  html?: { base: string }
}

interface Name {
  text: string
  entry: GlossaryEntry
  /** Latin names must stand alone (`ti` is not linked inside `title`). */
  latin: boolean
  /**
   * Abbreviations only match in their own case: `db`, `ds`, `NAI` and `CLIP` are jargon; `DB`, `Ds`
   * or a video `clip` in ordinary text are not. Other names match in any case (`Loss` → loss).
   */
  exactCase: boolean
  /** The opening tag of a link to the entry, worked out once (for the `<GlossaryTerm>` form). */
  openTag: string
  /** Where the link goes (for the HTML form, base included). */
  href: string
}

const LATIN_RE = /[A-Za-z0-9]/
const LATIN_OF_ANY_WIDTH = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/
const SCHEME = /^[a-z][a-z\d+.-]*:/i

export function glossaryLinksPlugin(md: MarkdownIt, options: GlossaryLinksOptions): void {
  const names: Name[] = options.entries
    .flatMap((entry) => entry.names.map((text) => ({ text, entry })))
    .map(({ text, entry }) => ({
      text,
      entry,
      latin: LATIN_RE.test(text[0]!) || LATIN_RE.test(text.at(-1)!),
      exactCase: /^[A-Za-z0-9]{1,3}$/.test(text) || /^[A-Z0-9]+$/.test(text),
      openTag: `<GlossaryTerm entry="${md.utils.escapeHtml(entry.id)}" href="${md.utils.escapeHtml(hrefFor(entry, text))}">`,
      href: withBase(options.html?.base ?? '/', hrefFor(entry, text)),
    }))
    // Longest first, so that `loss function` is linked whole rather than as `loss`.
    .sort((a, b) => b.text.length - a.text.length)
  if (names.length === 0) return
  const byKey = new Map(names.map((name) => [mentionKey(name.text), name]))
  // The pattern matches a name's own letters (in any case, spaces loose), so lower case without spaces finds
  // almost every mention without Unicode normalisation; mentionKey is the fallback for the rest.
  const byPlainKey = new Map(names.map((name) => [plainKey(name.text), name]))
  const nameOf = (mention: string) => byPlainKey.get(plainKey(mention)) ?? byKey.get(mentionKey(mention))
  // A space inside a name may be missing or doubled in the text (`忽略CLIP最后几层`); each Latin letter, digit or
  // sign also matches its full-width form (`ＣＬＩＰ` is CLIP), so the text itself never needs folding.
  const pattern = new RegExp(names.map((name) => namePattern(name.text)).join('|'), 'gi')

  md.core.ruler.push('glossary_links', (state: StateCore) => {
    const env = (state.env ?? {}) as { relativePath?: string; frontmatter?: Record<string, unknown> }
    if (env.frontmatter?.glossary === false) return
    // Entries the author already links to somewhere on the page need no second link.
    const linked = linkedEntries(state.tokens, env.relativePath ?? '')
    const accept = (mention: string): Name | undefined => {
      const name = nameOf(mention)
      if (!name || linked.has(name.entry.id) || name.entry.page === env.relativePath) return undefined
      if (name.exactCase && mention !== name.text) return undefined
      return name
    }
    const onLinked = (name: Name) => linked.add(name.entry.id)
    // Tooltip ids count up from the top of the page: the same source gives the same ids.
    let tooltips = 0
    const markup = (name: Name): [open: string, close: string] => {
      if (!options.html) return [name.openTag, '</GlossaryTerm>']
      const id = `glossary-tip-${++tooltips}`
      return [termOpenHtml(name.href, id), termCloseHtml(name.entry, id)]
    }
    let inHeading = false
    for (const token of state.tokens) {
      if (token.type === 'heading_open') inHeading = true
      else if (token.type === 'heading_close') inHeading = false
      else if (token.type === 'inline' && !inHeading && token.children) {
        token.children = linkChildren(state, token.children, accept, onLinked, markup)
      }
    }
  })

  // Where each entry can be linked to (a link → the entries it leads to), worked out once rather than on every page.
  const entriesAt = new Map<string, string[]>()
  for (const entry of options.entries) {
    for (const link of entry.kind === 'jargon-row' ? entry.names.map(jargonLink) : [entry.link]) {
      const ids = entriesAt.get(link)
      if (ids) ids.push(entry.id)
      else entriesAt.set(link, [entry.id])
    }
  }

  /** Ids of the entries that links on the page (`[LDM](./ldm)`, `<a href>`) already point at. */
  function linkedEntries(tokens: Token[], relativePath: string): Set<string> {
    const linked = new Set<string>()
    let route: string | undefined
    for (const token of tokens) {
      const children = token.children
      if (!children) continue
      for (const child of children) {
        const href =
          child.type === 'link_open'
            ? child.attrGet('href')
            : child.type === 'html_inline' && (child.content.charCodeAt(1) | 0x20) === 0x61 // `<a` or `<A`
              ? /^<a\s[^>]*\bhref="([^"]*)"/i.exec(child.content)?.[1]
              : undefined
        // Another site (`https:`, `mailto:`) never points at a glossary entry.
        if (!href || SCHEME.test(href)) continue
        route ??= '/' + pageRoute(relativePath)
        for (const target of linkTargets.get(route, href)) {
          for (const id of entriesAt.get(target) ?? []) linked.add(id)
        }
      }
    }
    return linked
  }

  function linkChildren(
    state: StateCore,
    children: Token[],
    accept: (mention: string) => Name | undefined,
    onLinked: (name: Name) => void,
    markup: (name: Name) => [open: string, close: string],
  ): Token[] {
    // A new array only once a mention is linked: most inline runs stay as they are.
    let out: Token[] | undefined
    // Inside `[...](...)` or a raw `<a>`: already a link, leave it.
    let linkDepth = 0
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!
      if (child.type === 'link_open') linkDepth++
      else if (child.type === 'link_close') linkDepth--
      else if (child.type === 'html_inline') {
        if (/^<a[\s>]/i.test(child.content)) linkDepth++
        else if (/^<\/a>/i.test(child.content)) linkDepth--
      }
      const linked = child.type === 'text' && linkDepth === 0 ? linkText(state, child.content, accept, onLinked, markup) : undefined
      if (linked) (out ??= children.slice(0, i)).push(...linked)
      else out?.push(child)
    }
    return out ?? children
  }

  function linkText(
    state: StateCore,
    text: string,
    accept: (mention: string) => Name | undefined,
    onLinked: (name: Name) => void,
    markup: (name: Name) => [open: string, close: string],
  ): Token[] | undefined {
    const out: Token[] = []
    let last = 0
    // Names are matched in either width (`ＣＬＩＰ` is CLIP) and shown as the author wrote them.
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const mention = match[0]
      const start = match.index
      const end = start + mention.length
      // A Latin name (one whose first or last letter is Latin, as the mention's is: the pattern matches letter by
      // letter) must stand alone: `ti` inside `attention` is no mention, and needs no look-up.
      const standsAlone =
        (!LATIN_OF_ANY_WIDTH.test(text[start - 1] ?? '') && !LATIN_OF_ANY_WIDTH.test(text[end] ?? '')) ||
        (!LATIN_OF_ANY_WIDTH.test(mention[0]!) && !LATIN_OF_ANY_WIDTH.test(mention[mention.length - 1]!))
      const name = standsAlone ? accept(foldWidth(mention)) : undefined
      if (!name) {
        // Try again one character further: a shorter name may start inside this mention.
        pattern.lastIndex = start + 1
        continue
      }
      onLinked(name)
      if (start > last) out.push(textToken(state, text.slice(last, start)))
      const [openHtml, closeHtml] = markup(name)
      const open = new state.Token('html_inline', '', 0)
      open.content = openHtml
      const close = new state.Token('html_inline', '', 0)
      close.content = closeHtml
      out.push(open, textToken(state, mention), close)
      last = end
    }
    // Most text mentions nothing new: the token stays as it was, no copy made.
    if (last === 0) return undefined
    if (last < text.length) out.push(textToken(state, text.slice(last)))
    return out
  }
}

const SITE_ORIGIN = 'https://glossary.invalid'

/** The page path (and path#hash) a link on the page at `route` leads to on this site. */
const linkTargets = new HrefCache((route, href): readonly string[] => {
  const url = new URL(href, new URL(route, SITE_ORIGIN))
  const path = pagePath(url.pathname)
  // `//host/…` is another site too.
  return url.origin === SITE_ORIGIN ? [decodeURIComponent(path + url.hash), decodeURIComponent(path)] : []
})

/** A jargon row is linked at the name the reader met (`#炼丹`), a term page at its top. */
function hrefFor(entry: GlossaryEntry, text: string): string {
  return entry.kind === 'jargon-row' && entry.link.startsWith(JARGON_PATH + '#') ? jargonLink(text) : entry.link
}

/** `/glossary/clip` under the site's base (`/aidraw/glossary/clip`), as VitePress's `withBase` writes it. */
function withBase(base: string, href: string): string {
  return href.startsWith('/') ? base.replace(/\/$/, '') + href : href
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token('text', '', 0)
  token.content = content
  return token
}

/** Lower case without spaces: how a mention the pattern matched compares to the name it matched. */
function plainKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '')
}

/** The glossary's own name key, with spaces dropped: a name's space may be missing in Chinese text (`忽略CLIP最后几层`). */
function mentionKey(text: string): string {
  return nameKey(text).replace(/\s+/g, '')
}

/**
 * A name as a pattern: spaces loose, and every printable ASCII character also in its full-width form (U+FF01–FF5E,
 * which is where foldWidth folds from). The `i` flag covers both cases of both widths.
 */
function namePattern(name: string): string {
  let source = ''
  for (const c of name.replace(/ +/g, ' ')) {
    const code = c.charCodeAt(0)
    if (c === ' ') source += '\\s*'
    else if (code > 0x20 && code < 0x7f) source += `[${escapeClass(c)}\\u${(code + 0xfee0).toString(16).toUpperCase()}]`
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  }
  return source
}

function escapeClass(c: string): string {
  return /[\\\]^-]/.test(c) ? `\\${c}` : c
}
