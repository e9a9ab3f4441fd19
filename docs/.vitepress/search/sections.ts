// Cuts a rendered page into the sections the search box lists: the intro, each heading, each jargon row.
//
// VitePress's own splitter drops everything before the first heading (the home page's hero and
// features, a page's lead paragraph) and headings without body text; here every piece of text a
// reader sees lands in some section.
import { decodeHTMLAttribute } from 'entities'
import { escapeHtml } from 'markdown-it/lib/common/utils.mjs'

export interface PageSection {
  /** Element id to scroll to; '' for the top of the page. */
  anchor: string
  /** HTML-escaped heading text. */
  title: string
  /** HTML-escaped headings above it, outermost first. */
  titles: string[]
  /** Plain text (HTML entities still encoded). */
  text: string
  /** Alternative names (the glossary aliases of the page's main heading). */
  aliases: string[]
}

export interface PageInfo {
  /** What to call the text above the first heading: the page title. */
  title: string
  /** Names the page's top section should also be found by. */
  aliases?: string[]
}

const HEADING_RE = /<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1>/gi
// A table row that is an anchor target of its own (the jargon table's rows).
const ROW_RE = /<tr\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/gi
const CELL_RE = /<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi

export function splitPage(html: string, page: PageInfo): PageSection[] {
  const sections: PageSection[] = []
  const aliases = page.aliases ?? []
  const pageTitle = escapeHtml(page.title)
  const parts = html.split(HEADING_RE)
  // split() with capture groups gives: intro, then [level, attrs, inner, body] per heading.
  const intro = parts[0] ?? ''
  // Headings above the current one, by level (index 0 = h1).
  let parents: string[] = []
  if (textOf(intro)) {
    pushWithRows(sections, { anchor: '', title: pageTitle, titles: [], text: '', aliases }, intro)
    // Sections below hang under the page title, as they would under an h1.
    parents = [pageTitle]
  }
  let aliasesUsed = sections.length > 0
  for (let i = 1; i + 3 < parts.length; i += 4) {
    const level = Number(parts[i]) - 1
    const attrs = parts[i + 1] ?? ''
    const title = headingTitle(parts[i + 2] ?? '')
    const body = parts[i + 3] ?? ''
    const anchor = decodeHTMLAttribute(/\bid="([^"]*)"/.exec(attrs)?.[1] ?? '')
    if (!title) continue
    const titles = parents.slice(0, level).filter(Boolean)
    // The page's first heading (usually its h1) is where its glossary names belong.
    const own = !aliasesUsed ? aliases : []
    aliasesUsed = true
    pushWithRows(sections, { anchor, title, titles, text: '', aliases: own }, body)
    parents = parents.slice(0, level)
    parents[level] = title
  }
  return sections
}

/** Adds the section for `body`, with rows that carry an id split off into sections of their own. */
function pushWithRows(sections: PageSection[], section: PageSection, body: string): void {
  const rows: PageSection[] = []
  const rest = body.replace(ROW_RE, (_row, id: string, inner: string) => {
    const cells = [...inner.matchAll(CELL_RE)].map((m) => textOf(m[1] ?? ''))
    const [name = '', ...others] = cells
    if (!name) return ''
    rows.push({
      anchor: decodeHTMLAttribute(id),
      title: name,
      titles: [...section.titles, section.title],
      text: others.join(' '),
      aliases: [],
    })
    return ''
  })
  sections.push({ ...section, text: textOf(rest) }, ...rows)
}

/** A heading's text without its permalink (`<a class="header-anchor">`) and tags. */
function headingTitle(inner: string): string {
  return textOf(inner.replace(/<a\b[^>]*class="header-anchor"[^>]*>[\s\S]*?<\/a>/gi, ''))
}

// Tags that end a block of text: they become a space, every other tag disappears, so that
// `<a>炼丹</a>的` stays one run of Chinese (and its character pairs stay searchable).
const BLOCK_TAG_RE =
  /<\/?(?:p|div|li|ul|ol|dl|dt|dd|td|th|tr|table|thead|tbody|h[1-6]|br|hr|blockquote|pre|figure|figcaption|details|summary|section|img)\b[^>]*>/gi

/** Visible text of an HTML fragment, tags dropped, whitespace collapsed; entities stay encoded. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    // Code blocks' language label is chrome, not content.
    .replace(/<span class="lang">[^<]*<\/span>/g, ' ')
    // A figure's description is the only text a reader (or a screen reader) has of it.
    .replace(/<img\b[^>]*\balt="([^"]*)"[^>]*>/gi, ' $1 ')
    .replace(BLOCK_TAG_RE, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}
