// What every locale of the site shares: build options, head tags, sitemap, markdown and search.
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type HeadConfig } from 'vitepress'
import { writeDeploymentFiles } from '../deploy/build-hooks.ts'
import { lowerScriptPriority } from '../deploy/script-priority.ts'
import { docPartsChunk, docPartsPreload } from './doc-parts-preload.ts'
import { minifyFirstLoad } from './minify-first-load.ts'
import { unusedCssVariables } from './unused-css-variables.ts'
import { lazyComponentCss } from './lazy-component-css.ts'
import { minifiedPublicCss } from './public-css.ts'
import { useSitePlugins } from '../markdown/index.ts'
import { frontMatterLineCounter } from '../markdown/source-location.ts'
import { GLOBAL_COMPONENTS } from '../theme/components.ts'
import { collectGlossary } from '../glossary/collect.ts'
import { feedHeadLinks, writeFeeds } from '../feed/feeds.ts'
import { FRESHNESS_HTML_KEY } from '../freshness/html-key.ts'
import { freshnessHtml } from '../freshness/note-html.ts'
import { freshnessNote } from '../freshness/page-note.ts'
import { lastmodOf, setLastUpdated } from '../last-updated.ts'
import { chineseSearch } from '../search/local-search.ts'
import { shareCardTags, writeShareCards } from '../share-card/vitepress.ts'
import { pagePath } from '../page-url.ts'
import { themeColorHead } from '../pwa/manifest.ts'
import { REPO_URL, canonicalUrl, siteBase, siteUrl } from '../site.ts'

// This deployment (sitemap, og:url, the mirror switcher) and the one origin every mirror names as canonical.
const SITE_URL = siteUrl()
const CANONICAL_URL = canonicalUrl()
// vitepress/dist/client/theme-default/, with a trailing slash (the package exports ./dist/* and ./package.json).
const DEFAULT_THEME_DIR = join(dirname(createRequire(import.meta.url).resolve('vitepress/package.json')), 'dist/client/theme-default/')
// VitePress components that hydrate each in a task of its own (theme/deferred-hydration.ts): one file per part in theme/deferred/.
const DEFERRED_DIR = fileURLToPath(new URL('../theme/deferred/', import.meta.url))
const DEFERRED_PARTS = readdirSync(DEFERRED_DIR).filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -'.ts'.length))

export const shared = defineConfig({
  title: 'AiDraw',
  titleTemplate: ':title | AiDraw',

  base: siteBase(),
  cleanUrls: true,
  // "最后更新于" comes from one `git log` for the whole site (last-updated.ts), not one git process per page.
  lastUpdated: false,
  // The colour scheme is set before the first paint by VitePress's head script; when the app starts,
  // @vueuse's default would insert a transition-blocking <style> and force a style recalculation of
  // the whole page (the largest single step of hydration on a phone). The switch is instant all the same
  // (theme/appearance.ts).
  appearance: { disableTransition: false },
  // Keep the site data out of an inline script in every page (smaller HTML, stricter CSP possible).
  metaChunk: true,

  // README and contributor notes inside docs/ are for the repository, not for readers.
  srcExclude: ['**/README.md'],

  sitemap: {
    hostname: SITE_URL + '/',
    // Index pages are served without the trailing slash (vercel.json trailingSlash: false).
    transformItems: (items) => items.map((item) => ({ ...item, lastmod: lastmodOf(item.url), url: item.url.replace(/(.)\/$/, '$1') })),
  },

  // Deployment: redirect stubs and _headers for static hosts; every inline script checked against the CSP hashes.
  buildEnd: async (siteConfig) => {
    writeDeploymentFiles(siteConfig)
    // /feed.xml and /feed.json: the recent updates, with this deployment's absolute URLs.
    writeFeeds(siteConfig.outDir, siteConfig.srcDir, SITE_URL)
    // Every page's share card (og:image), cached by content hash in .cache/share-cards (share-card/).
    await writeShareCards(siteConfig, SITE_URL)
  },
  vite: {
    define: {
      __DEPLOYMENT_SITE_URL__: JSON.stringify(SITE_URL),
      // Every component (VitePress's and ours) uses the Composition API: Vue's Options API code is dead weight.
      __VUE_OPTIONS_API__: 'false',
    },
    resolve: {
      alias: [
        // The parts of VitePress's default theme that theme/default-theme.ts assembles.
        { find: /^@vitepress-default-theme\//, replacement: DEFAULT_THEME_DIR },
        // "最后更新于" written at build time in Beijing time (theme/components/LastUpdated.vue).
        { find: /^.*\/VPDocFooterLastUpdated\.vue$/, replacement: fileURLToPath(new URL('../theme/components/LastUpdated.vue', import.meta.url)) },
        // The layout's components share one useSidebar() (theme/shared-sidebar.ts); the nav bar's classes are in the HTML (theme/nav-bar.ts).
        { find: /^\.\.\/composables\/sidebar$/, replacement: fileURLToPath(new URL('../theme/shared-sidebar.ts', import.meta.url)) },
        { find: /^\.\/VPNavBar\.vue$/, replacement: fileURLToPath(new URL('../theme/nav-bar.ts', import.meta.url)) },
        // What only document pages show comes in a chunk of its own (theme/lazy-doc-parts.ts).
        { find: /^\.\/VPDoc\.vue$/, replacement: fileURLToPath(new URL('../theme/lazy/VPDoc.ts', import.meta.url)) },
        { find: /^\.\/components\/VPSidebar\.vue$/, replacement: fileURLToPath(new URL('../theme/lazy/VPSidebar.ts', import.meta.url)) },
        { find: /^\.\/components\/VPLocalNav\.vue$/, replacement: fileURLToPath(new URL('../theme/lazy/VPLocalNav.ts', import.meta.url)) },
        // Parts of the layout that hydrate each in a task of its own, after the page is shown (theme/deferred-hydration.ts).
        // The folder's file names are the list: a part is added or removed by its file alone.
        { find: new RegExp(`^\\./(?:components/)?(${DEFERRED_PARTS.join('|')})\\.vue$`), replacement: `${DEFERRED_DIR}$1.ts` },
        // The phone menu's code comes when the reader first opens it (theme/lazy/VPNavScreen.ts).
        { find: /^\.\/VPNavScreen\.vue$/, replacement: fileURLToPath(new URL('../theme/lazy/VPNavScreen.ts', import.meta.url)) },
        // VitePress's navbar imports Algolia's style sheet whatever the search provider; ours is local search.
        { find: /^@docsearch\/css$/, replacement: fileURLToPath(new URL('../theme/styles/no-docsearch.css', import.meta.url)) },
      ],
    },
    // Chinese search: serves the index built with our tokenizer and gives it to the search box.
    plugins: [chineseSearch.plugin, docPartsChunk, minifyFirstLoad(), lazyComponentCss(), unusedCssVariables(), minifiedPublicCss()],
  },

  head: [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: '/logo.svg' }],
    ...themeColorHead(),
    // The print stylesheet (docs/public/print.css): fetched at idle priority, never render-blocking, not first-load.
    ['link', { rel: 'stylesheet', href: siteBase() + 'print.css', media: 'print' }],
    ['meta', { property: 'og:type', content: 'website' }],
    ['meta', { property: 'og:site_name', content: 'AiDraw' }],
    // The updates feed, for readers' feed readers (feed/feeds.ts).
    ...feedHeadLinks(SITE_URL),
  ],

  // Document pages fetch the theme's document column with their other scripts (theme/lazy-doc-parts.ts).
  transformHead: ({ pageData, siteData }) => docPartsPreload(pageData, siteData.base),
  // The first paint needs the HTML and the stylesheet, not the scripts: each page as VitePress writes it, no second
  // pass over the built files (deploy/script-priority.ts, BENCHMARKS.md "First paint").
  transformHtml: (html) => lowerScriptPriority(html),

  transformPageData(pageData, { siteConfig }) {
    setLastUpdated(pageData, siteConfig)
    const path = pagePath(pageData.relativePath)
    const head: HeadConfig[] = (pageData.frontmatter.head ??= [])
    head.push(['link', { rel: 'canonical', href: CANONICAL_URL + path }])
    head.push(['meta', { property: 'og:url', content: SITE_URL + path }])
    // og:title, og:description, og:image and twitter:card: the page's share card (share-card/).
    head.push(...shareCardTags(pageData, siteConfig, SITE_URL))
    // "内容核对于 …", the outdated banner and "内容有误？" (freshness/); an invalid `reviewed:` stops the build here.
    const note = freshnessNote(pageData, { srcDir: siteConfig.srcDir, siteUrl: SITE_URL })
    Object.assign(pageData, { [FRESHNESS_HTML_KEY]: freshnessHtml(note) })
  },

  markdown: {
    // Chinese headings keep their characters in anchors (VitePress's default slugify does this).
    lineNumbers: false,
    // MkDocs's attr_list (markdown/attr-list.ts) replaces markdown-it-attrs, which reads prompt text
    // such as `{masterpiece}` at the end of a line as attributes and drops it.
    attrs: { disable: true },
    // Warnings name the line of the file: the front matter VitePress cuts off before markdown-it is counted.
    frontmatter: { grayMatterOptions: frontMatterLineCounter },
    config: (md) => {
      // VitePress bundles its own copy of the markdown-it typings, which differ from @types/markdown-it
      // only in mdurl's signatures; the runtime object is the same markdown-it.
      useSitePlugins(md as unknown as Parameters<typeof useSitePlugins>[0], {
        glossary: collectGlossary(),
        // Terms as finished HTML: a page's prose stays one static block for Vue (markdown/glossary-links.ts).
        glossaryHtmlBase: siteBase(),
        components: GLOBAL_COMPONENTS,
      })
    },
  },

  themeConfig: {
    logo: { src: '/logo.svg', width: 24, height: 24, alt: 'AiDraw 标志' },
    socialLinks: [{ icon: 'github', link: REPO_URL, ariaLabel: 'GitHub 仓库' }],
    // zh.ts replaces this object (index.ts merges themeConfig one level deep) and spreads the same options.
    search: {
      provider: 'local',
      options: chineseSearch.options,
    },
  },
})
