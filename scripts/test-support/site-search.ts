// The guide's search index as the site builds it, and the search box's MiniSearch, for tests and benchmarks.
//
// Unit tests run before `npm run build`, so the index is not read from docs/.vitepress/dist.
// Instead a VitePress dev server is created (never listening on a port): its local-search plugin
// renders every page with the site's Markdown config and calls our `_render`, exactly as in a
// production build, and the index is taken from the module the search box imports. About 3 s.
import type MiniSearch from 'minisearch'
import { createServer } from 'vitepress'
import ChineseMiniSearch from '../../docs/.vitepress/search/client.ts'
import { DOCUMENTS_MODULE } from '../../docs/.vitepress/search/local-search.ts'
import type { SearchDocument } from '../../docs/.vitepress/search/options.ts'

const DOCS = new URL('../../docs', import.meta.url).pathname

export interface SiteSearch {
  /** What `import('@localSearchIndexroot')` gives the search box: the serialised index. */
  indexJson: string
  /** The sections behind it. */
  documents: SearchDocument[]
}

export async function loadSiteSearch(): Promise<SiteSearch> {
  const server = await createServer(DOCS, { logLevel: 'warn' } as Parameters<typeof createServer>[1])
  try {
    const index = (await server.ssrLoadModule('@localSearchIndexroot')) as { default: string }
    const documents = (await server.ssrLoadModule(DOCUMENTS_MODULE)) as { default: Record<string, SearchDocument[]> }
    return { indexJson: index.default, documents: documents.default.root ?? [] }
  } finally {
    await server.close()
  }
}

/**
 * The MiniSearch of the search box: VPLocalSearchBox.vue calls `MiniSearch.loadJSON` with these
 * options (VitePress 1.6.4), and the site's Vite plugin has it call our class instead.
 */
export function searchBox(indexJson: string): MiniSearch<SearchDocument> {
  return ChineseMiniSearch.loadJSON<SearchDocument>(indexJson, {
    fields: ['title', 'titles', 'text'],
    storeFields: ['title', 'titles'],
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 4, text: 2, titles: 1 } },
  })
}
