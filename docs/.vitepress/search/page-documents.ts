// Turns one rendered page (HTML plus frontmatter) into the documents of the search index.
import { escapeHtml } from 'markdown-it/lib/common/utils.mjs'
import { nameKey } from '../glossary/names.ts'
import { withoutTooltips } from '../glossary/term-html.ts'
import type { SearchDocument } from './options.ts'
import { splitPage } from './sections.ts'

export interface RenderedPage {
  /** URL path of the page as the router knows it: `/glossary/clip`, `/`. */
  path: string
  html: string
  frontmatter: Record<string, unknown>
  /** The page's h1, when it has one (VitePress puts it in the markdown env). */
  h1?: string
}

export function pageDocuments(page: RenderedPage): SearchDocument[] {
  const fm = page.frontmatter
  if (fm.search === false) return []
  const hero = asRecord(fm.hero)
  const title = str(fm.title) || page.h1 || str(hero?.name) || page.path
  // Names compare as the glossary compares them (case, width and spacing aside): the title is not an alias of itself.
  const seen = new Set([nameKey(title)])
  const names = [str(fm.term), ...(Array.isArray(fm.aliases) ? fm.aliases.map(String) : [])].filter((name) => {
    const key = nameKey(name)
    if (!key || seen.has(key)) return false
    seen.add(key)
    return true
  })
  // Glossary terms' tooltips are the glossary's words, shown on hover: the page is found by its own.
  const sections = splitPage(frontmatterHtml(fm) + withoutTooltips(page.html), { title, aliases: names })
  // A glossary page's summary is what readers meet in tooltips and on the index: its words find it.
  const summary = escapeHtml(str(fm.summary))
  return sections.map((section, index) => ({
    id: section.anchor ? `${page.path}#${section.anchor}` : page.path,
    title: section.title,
    titles: section.titles,
    text: index === 0 && summary ? `${summary} ${section.text}` : section.text,
    aliases: section.aliases.join(' '),
  }))
}

/**
 * What the home layout shows from frontmatter (hero and feature cards), as HTML placed before the
 * page body, so that it is searchable like the body.
 */
function frontmatterHtml(fm: Record<string, unknown>): string {
  const blocks: string[] = []
  const hero = asRecord(fm.hero)
  if (hero) {
    for (const key of ['name', 'text', 'tagline']) {
      if (str(hero[key])) blocks.push(`<p>${escapeHtml(str(hero[key]))}</p>`)
    }
  }
  if (Array.isArray(fm.features)) {
    for (const feature of fm.features.map(asRecord)) {
      // Feature details are HTML already (VitePress renders them with v-html).
      if (feature) blocks.push(`<p>${escapeHtml(str(feature.title))}</p><p>${str(feature.details)}</p>`)
    }
  }
  return blocks.join('\n')
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}
