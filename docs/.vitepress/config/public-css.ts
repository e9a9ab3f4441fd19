// The public folder's style sheets (print.css, update-prompt.css) written minified into the build: Vite copies public
// files as they are, and their comments, which document them, are half of print.css, which every page fetches.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { transform } from 'esbuild'
import type { Plugin, ResolvedConfig } from 'vite'
import { listFiles } from '../folder-walk.ts'

export function minifiedPublicCss(): Plugin {
  /** The client build's config (the server build copies no public files). */
  let client: ResolvedConfig | undefined
  return {
    name: 'aidraw:minified-public-css',
    apply: 'build',
    configResolved: (config) => void (client = config.build.ssr ? undefined : config),
    // Vite has copied the public folder by now; the offline worker's precache (built in buildEnd) hashes what is written here.
    async writeBundle() {
      if (!client?.publicDir) return
      const { publicDir, build } = client
      for (const file of listFiles(publicDir, '**/*.css')) {
        const source = readFileSync(join(publicDir, file), 'utf8')
        // Whitespace and comments only: esbuild's syntax minification rewrites `::after` as `:after`, which moved a
        // printed tab set's border by a pixel in Chromium (print screenshots against the unminified sheet).
        const { code } = await transform(source, { loader: 'css', minifyWhitespace: true, sourcefile: join(publicDir, file) })
        writeFileSync(join(build.outDir, file), code)
      }
    },
  }
}
