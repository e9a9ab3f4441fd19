// The VitePress config of a synthetic corpus: our real config (theme, Markdown plugins, search, hooks) with its sidebar and nav.
import { readFileSync } from 'node:fs'
import type { DefaultTheme, UserConfig } from 'vitepress'
import { shared } from '../../docs/.vitepress/config/shared.ts'
import { zh } from '../../docs/.vitepress/config/zh.ts'
import { collectGlossary } from '../../docs/.vitepress/glossary/collect.ts'
import { SCRIPT_SOURCES } from '../../docs/.vitepress/deploy/headers.ts'
import { assertInlineScriptsAllowed } from '../../docs/.vitepress/deploy/inline-scripts.ts'
import { withOfflineApp } from '../../docs/.vitepress/pwa/offline-app.ts'
import type { Corpus } from './corpus.ts'
import { corpusNav, corpusSidebar, type SidebarMode } from './corpus-sidebar.ts'

/**
 * Parts of our config to change, to find out what each costs (profile first, then measure the suspects):
 * - `no-search`: no search box at all (no index, no second render of every page for it);
 * - `vitepress-search`: VitePress's own local search instead of our Chinese index;
 * - `git-per-page`: VitePress's own `lastUpdated: true`, one `git log` process per page, instead of our one pass (last-updated.ts);
 * - `no-md-plugins`: none of our Markdown plugins (VitePress's Markdown only).
 */
export type Variant = 'no-search' | 'vitepress-search' | 'git-per-page' | 'no-md-plugins'
export const VARIANTS: readonly Variant[] = ['no-search', 'vitepress-search', 'git-per-page', 'no-md-plugins']

/**
 * The config `build-scale` writes into the corpus: `export default corpusConfig(<corpus.json>, <mode>, [<variants>])`.
 * An offline app like the site (a promise, which VitePress awaits).
 */
export function corpusConfig(corpusJson: string, mode: SidebarMode, variants: readonly Variant[] = []) {
  const corpus = JSON.parse(readFileSync(corpusJson, 'utf8')) as Corpus
  // The glossary plugin links term names to our real glossary pages, which the corpus does not have.
  const glossaryPages = new Set(collectGlossary().map((entry) => entry.link.split('#')[0]!))
  const config: UserConfig<DefaultTheme.Config> = {
    ...shared,
    ...zh,
    ignoreDeadLinks: [(link: string) => glossaryPages.has(link.split('#')[0]!)],
    // Redirect stubs and their checks are about our real pages; the per-page CSP work stays.
    buildEnd: (siteConfig) => assertInlineScriptsAllowed(siteConfig.outDir, SCRIPT_SOURCES),
    themeConfig: {
      ...shared.themeConfig,
      ...zh.themeConfig,
      nav: corpusNav(corpus),
      sidebar: corpusSidebar(corpus, mode),
    },
  }
  const withoutOurSearch = { ...shared.vite, plugins: [] }
  for (const variant of variants) {
    switch (variant) {
      case 'no-search':
        delete config.themeConfig!.search
        config.vite = withoutOurSearch
        break
      case 'vitepress-search':
        config.themeConfig!.search = { provider: 'local' }
        config.vite = withoutOurSearch
        break
      case 'git-per-page': {
        const transform = shared.transformPageData!
        config.lastUpdated = true
        // Our transform still runs its one pass (a fraction of a second); the page keeps VitePress's date.
        config.transformPageData = (pageData, context) => {
          const vitepressDate = pageData.lastUpdated
          const result = transform(pageData, context)
          pageData.lastUpdated = vitepressDate
          return result
        }
        break
      }
      case 'no-md-plugins':
        config.markdown = { ...shared.markdown, config: undefined }
        break
    }
  }
  return withOfflineApp(config)
}
