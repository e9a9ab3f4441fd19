// Names the chunk of theme/doc-parts.ts in the HTML of every page that shows it, so it is fetched with the other scripts.
//
// VitePress preloads the chunks a page imports, not those the theme loads on demand; without this a document
// page would learn of the chunk only once the theme ran, one round trip later.
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import type { HeadConfig, PageData } from 'vitepress'

const DOC_PARTS = fileURLToPath(new URL('../theme/doc-parts.ts', import.meta.url))
// Client chunks are written under assets/; the server bundle has its own copy elsewhere.
const CLIENT_ASSETS = 'assets/'

let chunkFile: string | undefined

/** Records the file name the client build gives the chunk (the server build's copy is ignored). */
export const docPartsChunk: Plugin = {
  name: 'aidraw:doc-parts-chunk',
  apply: 'build',
  generateBundle(_options, bundle) {
    for (const output of Object.values(bundle)) {
      if (output.type === 'chunk' && output.facadeModuleId === DOC_PARTS && output.fileName.startsWith(CLIENT_ASSETS)) chunkFile = output.fileName
    }
  },
}

/** The `<link rel="modulepreload">` for the chunk, for every page but the home page (which never loads it). */
export function docPartsPreload(pageData: PageData, base: string): HeadConfig[] {
  if (!chunkFile || pageData.frontmatter.layout === 'home') return []
  return [['link', { rel: 'modulepreload', href: base + chunkFile }]]
}
