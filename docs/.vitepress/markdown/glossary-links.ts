// markdown-it core rule linking the first mention of each glossary term in a page's prose to its entry.
//
// A mention becomes `<GlossaryTerm entry="…" href="…">text</GlossaryTerm>`, a component of the
// theme (theme/components/GlossaryTerm.vue) that shows the entry's summary on hover, focus and
// tap; without the theme it is still a link-shaped tag whose text is the mention. Skipped: headings,
// code, text already inside a link, the entry's own page, and pages with `glossary: false`.
import type MarkdownIt from 'markdown-it'
import type { StateCore, Token } from 'markdown-it'
import type { GlossaryEntry } from '../glossary/collect.ts'
import { foldWidth, nameKey } from '../glossary/names.ts'
import { JARGON_PATH, jargonLink } from '../glossary/anchors.ts'
import { pagePath, pageRoute } from '../page-url.ts'

export interface GlossaryLinksOptions {
  entries: GlossaryEntry[]
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
}

const LATIN_RE = /[A-Za-z0-9]/

export function glossaryLinksPlugin(md: MarkdownIt, options: GlossaryLinksOptions): void {
  const names: Name[] = options.entries
    .flatMap((entry) => entry.names.map((text) => ({ text, entry })))
    .map(({ text, entry }) => ({
      text,
      entry,
      latin: LATIN_RE.test(text[0]!) || LATIN_RE.test(text.at(-1)!),
      exactCase: /^[A-Za-z0-9]{1,3}$/.test(text) || /^[A-Z0-9]+$/.test(text),
    }))
    // Longest first, so that `loss function` is linked whole rather than as `loss`.
    .sort((a, b) => b.text.length - a.text.length)
  if (names.length === 0) return
  const byKey = new Map(names.map((name) => [mentionKey(name.text), name]))
  // A space inside a name may be missing or doubled in the text (`忽略CLIP最后几层`).
  const pattern = new RegExp(names.map((name) => escapeRegExp(name.text).replace(/ +/g, '\\s*')).join('|'), 'giu')

  md.core.ruler.push('glossary_links', (state: StateCore) => {
    const env = (state.env ?? {}) as { relativePath?: string; frontmatter?: Record<string, unknown> }
    if (env.frontmatter?.glossary === false) return
    // Entries the author already links to somewhere on the page need no second link.
    const linked = new Set(linkedEntries(state.tokens, env.relativePath ?? ''))
    let inHeading = false
    for (const token of state.tokens) {
      if (token.type === 'heading_open') inHeading = true
      else if (token.type === 'heading_close') inHeading = false
      else if (token.type === 'inline' && !inHeading && token.children) {
        token.children = linkChildren(state, token.children, (mention) => {
          const name = byKey.get(mentionKey(mention))
          if (!name || linked.has(name.entry.id) || name.entry.page === env.relativePath) return undefined
          if (name.exactCase && mention !== name.text) return undefined
          return name
        }, (name) => linked.add(name.entry.id))
      }
    }
  })

  // Where each entry can be linked to, worked out once rather than on every page.
  const entryLinks = options.entries.map((entry) => ({
    id: entry.id,
    links: entry.kind === 'jargon-row' ? entry.names.map(jargonLink) : [entry.link],
  }))

  /** Ids of the entries that links on the page (`[LDM](./ldm)`, `<a href>`) already point at. */
  function linkedEntries(tokens: Token[], relativePath: string): string[] {
    const here = new URL('/' + pageRoute(relativePath), 'https://glossary.invalid')
    const targets = new Set<string>()
    for (const token of tokens) {
      for (const child of token.children ?? []) {
        const href =
          child.type === 'link_open'
            ? child.attrGet('href')
            : child.type === 'html_inline'
              ? /^<a\s[^>]*\bhref="([^"]*)"/i.exec(child.content)?.[1]
              : undefined
        if (!href) continue
        const url = new URL(href, here)
        if (url.origin !== here.origin) continue
        const path = pagePath(url.pathname)
        targets.add(decodeURIComponent(path + url.hash))
        targets.add(decodeURIComponent(path))
      }
    }
    return entryLinks.filter(({ links }) => links.some((link) => targets.has(link))).map(({ id }) => id)
  }

  function linkChildren(
    state: StateCore,
    children: Token[],
    accept: (mention: string) => Name | undefined,
    onLinked: (name: Name) => void,
  ): Token[] {
    const out: Token[] = []
    // Inside `[...](...)` or a raw `<a>`: already a link, leave it.
    let linkDepth = 0
    for (const child of children) {
      if (child.type === 'link_open') linkDepth++
      else if (child.type === 'link_close') linkDepth--
      else if (child.type === 'html_inline') {
        if (/^<a[\s>]/i.test(child.content)) linkDepth++
        else if (/^<\/a>/i.test(child.content)) linkDepth--
      }
      if (child.type !== 'text' || linkDepth > 0) {
        out.push(child)
        continue
      }
      out.push(...linkText(state, child.content, accept, onLinked))
    }
    return out
  }

  function linkText(
    state: StateCore,
    text: string,
    accept: (mention: string) => Name | undefined,
    onLinked: (name: Name) => void,
  ): Token[] {
    const out: Token[] = []
    let last = 0
    // Names are found in the width-folded text (`ＣＬＩＰ` is CLIP) and shown as the author wrote them.
    const folded = foldWidth(text)
    pattern.lastIndex = 0
    for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
      const start = match.index
      const end = start + match[0].length
      const mention = text.slice(start, end)
      const name = accept(match[0])
      const standsAlone = !name?.latin || (!LATIN_RE.test(folded[start - 1] ?? '') && !LATIN_RE.test(folded[end] ?? ''))
      if (!name || !standsAlone) {
        // Try again one character further: a shorter name may start inside this mention.
        pattern.lastIndex = start + 1
        continue
      }
      onLinked(name)
      if (start > last) out.push(textToken(state, text.slice(last, start)))
      const open = new state.Token('html_inline', '', 0)
      open.content =
        `<GlossaryTerm entry="${state.md.utils.escapeHtml(name.entry.id)}" ` +
        `href="${state.md.utils.escapeHtml(hrefFor(name))}">`
      const close = new state.Token('html_inline', '', 0)
      close.content = '</GlossaryTerm>'
      out.push(open, textToken(state, mention), close)
      last = end
    }
    if (last < text.length) out.push(textToken(state, text.slice(last)))
    return out
  }
}

/** A jargon row is linked at the name the reader met (`#炼丹`), a term page at its top. */
function hrefFor(name: Name): string {
  return name.entry.kind === 'jargon-row' && name.entry.link.startsWith(JARGON_PATH + '#')
    ? jargonLink(name.text)
    : name.entry.link
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token('text', '', 0)
  token.content = content
  return token
}

/** The glossary's own name key, with spaces dropped: a name's space may be missing in Chinese text (`忽略CLIP最后几层`). */
function mentionKey(text: string): string {
  return nameKey(text).replace(/\s+/g, '')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
