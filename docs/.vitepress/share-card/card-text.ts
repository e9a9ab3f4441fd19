// What a page's share card says: its title and description, or a glossary term and its one-line summary,
// with the fallbacks (site name, first paragraph) a page without them gets, and a warning naming file:line.
import matter from 'gray-matter'
import type { GlossaryEntry } from '../glossary/collect.ts'
import { createSourceParser } from '../markdown/source-parser.ts'
import { frontmatterField } from '../frontmatter-lines.ts'

export interface CardText {
  /** The large text: the page's title, or the term on a glossary page. */
  title: string
  /** Below it: the page's description, or the term's summary. */
  description: string
  /** A small label above the title (`名词解释` on glossary pages), or empty. */
  label: string
}

/** What the card needs to know about a page; VitePress's PageData has all of it but the source. */
export interface CardPage {
  /** The page as messages name it (`docs/guide/x.md`). */
  file: string
  /** The title VitePress found (front matter `title`, else the first heading); may be empty. */
  title: string
  description: string
  frontmatter: Record<string, unknown>
  /** The Markdown source, read only when the page has no description of its own. */
  source: () => string
}

export interface CardTextResult {
  text: CardText
  /** The page's title as a reader sees it in the tab (og:title), or the site name when it has none. */
  title: string
  /** og:description: the page's own description, else what the card shows below the title. */
  description: string
  /** `file:line: message` for each fallback used; the build prints them. */
  warnings: string[]
}

export const GLOSSARY_LABEL = '名词解释'

/**
 * The card of `page`. `siteTitle` stands in for a missing title; `entry` is the glossary's entry for a term page
 * (collectGlossary()), whose term and summary the card shows.
 */
export function cardText(page: CardPage, siteTitle: string, entry?: GlossaryEntry): CardTextResult {
  const warnings: string[] = []
  const fm = page.frontmatter
  const lineOf = (key: string) => frontmatterField(page.source(), key)?.line ?? 1

  // A page whose titleTemplate has no `:title` (the home page) is called by the template in the browser tab too.
  const template = typeof fm.titleTemplate === 'string' && !fm.titleTemplate.includes(':title') ? fm.titleTemplate : ''
  let title = (template || page.title).trim()
  if (!title) {
    title = siteTitle
    warnings.push(`${page.file}:1: the page has no title; its share card says "${siteTitle}" — add \`title:\` to the front matter`)
  }

  const hero = fm.hero as { tagline?: unknown } | undefined
  let description = (page.description || entry?.summary || (typeof hero?.tagline === 'string' ? hero.tagline : '')).trim()
  if (!description) {
    const paragraph = firstParagraph(page.source())
    description = paragraph?.text ?? ''
    const used = paragraph ? `the first paragraph (line ${paragraph.line})` : 'no text (the page has no paragraph)'
    warnings.push(
      `${page.file}:${lineOf('title')}: the page has no \`description:\`; its share card and og:description use ${used} — add a one-sentence \`description:\` to the front matter`,
    )
  }

  if (entry) {
    // A term page's card explains the term in its one-line summary, whatever else the page's description says.
    const label = entry.term === title ? GLOSSARY_LABEL : `${GLOSSARY_LABEL} · ${title}`
    return { text: { title: entry.term, description: entry.summary, label }, title, description, warnings }
  }
  return { text: { title, description, label: '' }, title, description, warnings }
}

/** The plain text of the page's first top-level paragraph and its 1-based line in the file. */
export function firstParagraph(source: string): { text: string; line: number } | undefined {
  const { content } = matter(source)
  const bodyStart = source.split('\n').length - content.split('\n').length
  const tokens = createSourceParser().parse(content, {})
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.type !== 'paragraph_open' || token.level !== 0) continue
    const text = (tokens[i + 1]?.children ?? [])
      .map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : child.type.endsWith('break') ? ' ' : ''))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
    if (text) return { text, line: bodyStart + (token.map?.[0] ?? 0) + 1 }
  }
  return undefined
}

/**
 * A page read from its source the way VitePress reads it (front matter `title`, else the first heading;
 * front matter `description`), for tools and tests that look at every page's card without a build.
 */
export function cardPageFromSource(file: string, source: string): CardPage {
  const { data, content } = matter(source)
  const heading = () => {
    const tokens = createSourceParser().parse(content, {})
    const open = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1')
    return open >= 0 ? (tokens[open + 1]?.content ?? '').trim() : ''
  }
  return {
    file,
    title: typeof data.title === 'string' && data.title.trim() ? data.title.trim() : heading(),
    description: typeof data.description === 'string' ? data.description : '',
    frontmatter: data,
    source: () => source,
  }
}
