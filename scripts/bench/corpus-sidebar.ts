// The nav and sidebar of a synthetic corpus, shared by our config and default VitePress's (corpus-config*.ts).
import type { DefaultTheme } from 'vitepress'
import type { Corpus, CorpusSection } from './corpus.ts'

/**
 * How the sidebar is laid out:
 * - `full`: one list of every section and page, rendered into every page (what the real site does today);
 * - `section`: an object keyed by section path, so a page renders only its own section's list;
 * - `none`: no sidebar at all, for scale.
 */
export type SidebarMode = 'full' | 'section' | 'none'
export const SIDEBAR_MODES: readonly SidebarMode[] = ['full', 'section', 'none']

export function corpusSidebar(corpus: Corpus, mode: SidebarMode): DefaultTheme.Sidebar {
  if (mode === 'none') return []
  if (mode === 'full') return corpus.sections.map(sectionItem)
  return Object.fromEntries(corpus.sections.map((s) => [`/${s.dir}/`, [sectionItem(s)]]))
}

/** The first six sections in the navbar, as the real site lists its sections. */
export function corpusNav(corpus: Corpus): DefaultTheme.NavItem[] {
  return corpus.sections.slice(0, 6).map((s) => ({ text: s.title, link: `/${s.dir}/`, activeMatch: `^/${s.dir}/` }))
}

function sectionItem(section: CorpusSection): DefaultTheme.SidebarItem {
  const index = section.pages[0]!
  return {
    text: section.title,
    items: [
      { text: index.title, link: index.link },
      ...section.groups.map((group) => ({
        text: group.title,
        items: group.pages.map((page) => ({ text: page.title, link: page.link })),
      })),
    ],
  }
}
