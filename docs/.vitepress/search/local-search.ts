// Chinese full-text search on top of VitePress's local search: our index, our tokenizer in the search box.
//
// How it fits into VitePress 1.6 (node_modules/vitepress/dist/node: localSearchPlugin):
// - VitePress still finds the pages, expands `<!--@include:-->` and calls `search.options._render`
//   for each one. Our `_render` renders the page, cuts it into sections (./sections.ts) and keeps
//   them here; it returns '' so VitePress's own index, built with its whitespace tokenizer, stays
//   empty.
// - The Vite plugin answers the request for the locale's index chunk (`/@localSearchIndexroot`)
//   with an index built from those sections with ./tokenize.ts.
// - The same plugin points the search box's `import MiniSearch from 'minisearch'` at ./client.ts,
//   which loads the index with the same tokenizer. No function travels through the theme config
//   (keys starting with `_` are not sent to the browser), so the site needs no `new Function`.
import { fileURLToPath } from 'node:url'
import MiniSearch from 'minisearch'
import type { Plugin, ViteDevServer } from 'vite'
import type { DefaultTheme, SiteConfig } from 'vitepress'
import { pageHref } from '../page-url.ts'
import { indexOptions, type SearchDocument } from './options.ts'
import { pageDocuments } from './page-documents.ts'

const INDEX_MODULE_PREFIX = '/@localSearchIndex'
/** The sections behind the index, for tests and benchmarks (`server.ssrLoadModule`); never bundled. */
export const DOCUMENTS_MODULE = 'virtual:aidraw-search-documents'
const RESOLVED_DOCUMENTS_MODULE = '\0' + DOCUMENTS_MODULE
const CLIENT_MODULE = fileURLToPath(new URL('./client.ts', import.meta.url))
const SEARCH_BOX_RE = /\/VPLocalSearchBox\.vue(?:\?|$)/

export interface ChineseLocalSearch {
  /** Spread into `themeConfig.search.options`. */
  options: Pick<DefaultTheme.LocalSearchOptions, '_render'>
  /** Add to `vite.plugins`. */
  plugin: Plugin
  /** The serialised index of a locale, as the search box receives it. */
  indexJson(locale?: string): string
  /** The documents of a locale's index, in index order. */
  documents(locale?: string): SearchDocument[]
}

export function chineseLocalSearch(): ChineseLocalSearch {
  // Sections by locale, then by source page; rebuilt into one index when the chunk is requested.
  const pagesByLocale = new Map<string, Map<string, SearchDocument[]>>()
  let site: SiteConfig | undefined
  let server: ViteDevServer | undefined
  // The serialised index of each locale, until a page is rendered again: the client and the server build both ask.
  const indexJsonByLocale = new Map<string, string>()

  const render: NonNullable<DefaultTheme.LocalSearchOptions['_render']> = (src, env, md) => {
    const html = md.render(src, env)
    const relativePath = env.relativePath
    indexJsonByLocale.clear()
    const locale = localeOf(site, relativePath)
    let pages = pagesByLocale.get(locale)
    if (!pages) pagesByLocale.set(locale, (pages = new Map()))
    pages.set(
      relativePath,
      pageDocuments({
        path: pagePath(site, relativePath, env.cleanUrls ?? false),
        html,
        frontmatter: env.frontmatter ?? {},
        ...(env.title ? { h1: env.title } : {}),
      }),
    )
    return ''
  }

  function documents(locale = 'root'): SearchDocument[] {
    const pages = pagesByLocale.get(locale) ?? new Map<string, SearchDocument[]>()
    const seen = new Set<string>()
    const docs: SearchDocument[] = []
    // Pages in a fixed order: the same sources give the same index, byte for byte.
    for (const file of [...pages.keys()].sort()) {
      for (const doc of pages.get(file)!) {
        if (seen.has(doc.id)) {
          site?.logger.warn(`search: ${file} has two sections with the anchor ${doc.id}; the second is not indexed`)
          continue
        }
        seen.add(doc.id)
        docs.push(doc)
      }
    }
    return docs
  }

  function indexJson(locale = 'root'): string {
    let json = indexJsonByLocale.get(locale)
    if (json === undefined) {
      const index = new MiniSearch<SearchDocument>(indexOptions())
      index.addAll(documents(locale))
      indexJsonByLocale.set(locale, (json = JSON.stringify(index)))
    }
    return json
  }

  const plugin: Plugin = {
    name: 'aidraw:chinese-search',
    enforce: 'pre',
    configResolved(config) {
      site = (config as { vitepress?: SiteConfig }).vitepress
    },
    configureServer(devServer) {
      server = devServer
    },
    resolveId(source, importer) {
      if (source === 'minisearch' && importer && SEARCH_BOX_RE.test(importer)) return CLIENT_MODULE
      if (source === DOCUMENTS_MODULE) return RESOLVED_DOCUMENTS_MODULE
      return undefined
    },
    load(id, options) {
      if (id === RESOLVED_DOCUMENTS_MODULE) {
        const byLocale = Object.fromEntries([...pagesByLocale.keys()].map((locale) => [locale, documents(locale)]))
        return `export default ${JSON.stringify(byLocale)}`
      }
      // `/@localSearchIndex` itself (the table of locales) stays VitePress's: loading it is what
      // makes VitePress call `_render` for every page, before any locale chunk is requested.
      if (!id.startsWith(INDEX_MODULE_PREFIX) || id === INDEX_MODULE_PREFIX) return undefined
      // Server rendering never opens the search box: the server bundle needs no index (a page's HTML is the same),
      // and Rollup need not read a string of megabytes a second time.
      if (options?.ssr && !server) return `export default '{}'`
      return `export default ${JSON.stringify(indexJson(id.slice(INDEX_MODULE_PREFIX.length)))}`
    },
    handleHotUpdate({ file }) {
      if (!server || !file.endsWith('.md')) return
      // VitePress re-renders the page (calling `_render`) and reloads the locale table; the
      // locale chunks are ours to invalidate.
      for (const locale of pagesByLocale.keys()) {
        const mod = server.moduleGraph.getModuleById(INDEX_MODULE_PREFIX + locale)
        if (mod) server.moduleGraph.invalidateModule(mod)
      }
    },
  }

  return { options: { _render: render }, plugin, indexJson, documents }
}

/** The router path of a page, as VitePress's search computes document ids. */
function pagePath(site: SiteConfig | undefined, relativePath: string, cleanUrls: boolean): string {
  return pageHref(site?.rewrites.map[relativePath] ?? relativePath, { base: site?.site.base ?? '/', cleanUrls })
}

/** The locale a page belongs to: the first non-root locale whose folder holds it, else root. */
function localeOf(site: SiteConfig | undefined, relativePath: string): string {
  const locales = Object.keys(site?.site.locales ?? {})
  return locales.find((key) => key !== 'root' && relativePath.startsWith(key.replace(/^\/|\/$/g, '') + '/')) ?? 'root'
}

/** The site's one instance: config/shared.ts installs its plugin, config/zh.ts spreads its options. */
export const chineseSearch = chineseLocalSearch()
