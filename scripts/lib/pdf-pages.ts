// What the PDF contains, as data: its pages in order with their section ids, the addresses that lead to each
// page, and the cover's text. No browser here; scripts/lib/pdf-assemble.ts turns this into one document.
import { sidebarPages } from '../../docs/.vitepress/config/sidebar-pages.ts'
import { GUIDE_TITLE, LICENCE_LINE } from '../../docs/.vitepress/site.ts'
import { beijingTime } from '../../docs/.vitepress/theme/beijing-time.ts'
import { pagePath, pageSpellings } from '../../docs/.vitepress/page-url.ts'

export interface BookPage {
  /** The section's id in the combined document; links to the page become `#<id>`. */
  id: string
  link: string
  /** The label in the table of contents (the sidebar's). */
  text: string
}

export interface Cover {
  title: string
  licence: string
  /** When the PDF was made, in Beijing time as the site writes dates. */
  date: string
  siteUrl: string
}

/** The home page's label in the table of contents. */
export const HOME_LABEL = '首页'

/** `/` → `home`, `/glossary/` → `glossary`, `/guide/sd-and-nai` → `guide-sd-and-nai`. */
export function sectionId(link: string): string {
  const path = pagePath(link.replace(/[?#].*$/, '')).slice(1)
  return path === '' ? 'home' : path.replace(/\//g, '-')
}

/** The home page, then every sidebar page once, in sidebar order. */
export function bookPages(sidebar = sidebarPages()): BookPage[] {
  const pages: BookPage[] = [{ id: sectionId('/'), link: '/', text: HOME_LABEL }]
  const seen = new Set(pages.map((p) => p.id))
  for (const { text, link } of sidebar) {
    const id = sectionId(link)
    if (seen.has(id)) continue
    seen.add(id)
    pages.push({ id, link, text })
  }
  return pages
}

/**
 * Every path under which the built site serves a page (cleanUrls, `.html`, a folder's index), mapped to the
 * page's section id: the combined document looks up each resolved link here.
 */
export function linkTargets(pages: readonly BookPage[]): Record<string, string> {
  const targets: Record<string, string> = {}
  for (const { id, link } of pages) for (const spelling of pageSpellings(link)) targets[spelling] = id
  return targets
}

/** The cover of a PDF made on `date` for the deployment at `siteUrl`. */
export function cover(siteUrl: string, date: Date): Cover {
  return { title: GUIDE_TITLE, licence: LICENCE_LINE, date: beijingTime(date.getTime()), siteUrl }
}
