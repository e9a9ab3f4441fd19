// Terser for the chunks every page loads first (VitePress's entry, `framework` and `theme`, and the document parts),
// esbuild for the rest: the same first-load bytes as terser everywhere, without its cost on every page chunk, the
// search index and the search box. It runs after Vite's own esbuild minification (`order: 'post'`), on its output.
import { type MinifyOptions, minify } from 'terser'
import type { Plugin } from 'vite'

/** Chunk names that are on a page's first load: VitePress's manualChunks and app entry, and theme/doc-parts.ts. */
export const FIRST_LOAD_CHUNKS: ReadonlySet<string> = new Set(['app', 'framework', 'theme', 'doc-parts'])

// `module`: each chunk is an ES module, so its top-level names are terser's to rename and drop.
const OPTIONS: MinifyOptions = { module: true, format: { comments: false } }

export function terserFirstLoad(): Plugin {
  let ssr = false
  return {
    name: 'aidraw:terser-first-load',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr)
    },
    renderChunk: {
      order: 'post',
      async handler(code, chunk) {
        if (ssr || !FIRST_LOAD_CHUNKS.has(chunk.name)) return null
        const result = await minify(code, OPTIONS)
        return result.code === undefined ? null : { code: result.code, map: null }
      },
    },
  }
}
