// SWC's minifier for the chunks every page loads first (VitePress's entry, `framework` and `theme`, and the document
// parts), esbuild for the rest: smaller first-load bytes than esbuild, without a second minifier's cost on every page
// chunk, the search index and the search box. It runs after Vite's own esbuild minification (`order: 'post'`), on its
// output. SWC rather than terser: 0.7 KB smaller (gzip) on these chunks and about a tenth of the CPU (BENCHMARKS.md,
// "Build overhead: session 6").
import { type JsMinifyOptions, minify } from '@swc/core'
import type { Plugin } from 'vite'

/** Chunk names that are on a page's first load: VitePress's manualChunks and app entry, and theme/doc-parts.ts. */
export const FIRST_LOAD_CHUNKS: ReadonlySet<string> = new Set(['app', 'framework', 'theme', 'doc-parts'])

// `module`: each chunk is an ES module, so its top-level names are the minifier's to rename and drop. SWC's compressor
// keeps a bare property read (`ref.value;`), as terser's does: a computed subscribes that way in Vue.
const OPTIONS: JsMinifyOptions = { module: true, compress: true, mangle: true, format: { comments: false } }

export function minifyFirstLoad(): Plugin {
  return {
    name: 'aidraw:minify-first-load',
    // The client build only: the server bundle is never sent to a browser.
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    renderChunk: {
      order: 'post',
      async handler(code, chunk) {
        if (!FIRST_LOAD_CHUNKS.has(chunk.name)) return null
        const result = await minify(code, OPTIONS)
        return { code: result.code, map: null }
      },
    },
  }
}
