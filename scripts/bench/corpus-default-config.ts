// Default VitePress's config of a synthetic corpus: default theme, default local search, the same nav and per-section
// sidebars as ours, nothing of ours imported (so its build process loads none of our code).
import { readFileSync } from 'node:fs'
import type { DefaultTheme, UserConfig } from 'vitepress'
import type { Corpus } from './corpus.ts'
import { corpusNav, corpusSidebar } from './corpus-sidebar.ts'

/** The config `build-scale` writes into the corpus for `vitepress-default`: `export default defaultCorpusConfig(<corpus.json>)`. */
export function defaultCorpusConfig(corpusJson: string): UserConfig<DefaultTheme.Config> {
  const corpus = JSON.parse(readFileSync(corpusJson, 'utf8')) as Corpus
  return {
    lang: 'zh-CN',
    title: '合成指南',
    cleanUrls: true,
    themeConfig: {
      nav: corpusNav(corpus),
      sidebar: corpusSidebar(corpus, 'section'),
      search: { provider: 'local' },
    },
  }
}
