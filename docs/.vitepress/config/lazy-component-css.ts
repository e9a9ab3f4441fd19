// The styles of VitePress components that render nothing until the reader acts (the search box, the phone menu)
// travel with their lazily loaded chunk instead of the one style sheet every page loads first.
import { transform } from 'esbuild'
import type { Plugin } from 'vite'
import { assetHash } from './asset-hash.ts'

/**
 * Chunk name → the default theme's components in it whose styles move. Each chunk is fetched by a dynamic import
 * (VitePress's search button; theme/lazy/VPNavScreen.ts), and nothing of it is in the server-rendered HTML, so no
 * reader ever sees these components before their chunk, and now their styles, have arrived.
 */
export const LAZY_STYLE_CHUNKS: Readonly<Record<string, RegExp>> = {
  VPLocalSearchBox: /\/theme-default\/components\/VPLocalSearchBox\.vue$/,
  VPNavScreen: /\/theme-default\/components\/VPNavScreen\w*\.vue$/,
}

/**
 * A client-build plugin. Vite (with VitePress's `cssCodeSplit: false`) would write every component's CSS into the
 * one style sheet; for the components above it gets none. Their CSS, minified as Vite minifies, becomes a file of
 * its own named in the chunk's `importedCss`, so Vite's dynamic-import preloading links it and waits for it to load
 * before the component renders, and the chunk's hash covers it.
 */
export function lazyComponentCss(): Plugin {
  let ssr = false
  let cssTarget: string | string[] | false = false
  /** Component file → its compiled (scoped) style blocks, in order. */
  const styles = new Map<string, string[]>()
  /** Chunk file name → the CSS to emit for it, kept from renderChunk to generateBundle. */
  const sheets = new Map<string, string>()
  return {
    name: 'aidraw:lazy-component-css',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr)
      cssTarget = config.build.cssTarget
    },
    // After @vitejs/plugin-vue has scoped the block (it is listed before the site's plugins), before Vite collects it.
    transform(code, id) {
      if (ssr || !/\?vue&type=style/.test(id)) return null
      const file = id.slice(0, id.indexOf('?'))
      if (!Object.values(LAZY_STYLE_CHUNKS).some((pattern) => pattern.test(file))) return null
      styles.set(file, [...(styles.get(file) ?? []), code])
      return { code: '', map: null }
    },
    async renderChunk(_code, chunk) {
      if (ssr) return null
      const files = chunk.moduleIds.filter((id) => styles.has(id))
      if (files.length === 0) return null
      const pattern = LAZY_STYLE_CHUNKS[chunk.name]
      const stray = files.filter((file) => !pattern?.test(file))
      if (stray.length > 0) {
        this.error(
          `${stray.join(', ')}: bundled into chunk "${chunk.name}", not the lazily loaded chunk its styles were moved to; ` +
            'update LAZY_STYLE_CHUNKS in docs/.vitepress/config/lazy-component-css.ts',
        )
      }
      const source = files.flatMap((file) => styles.get(file)!).join('\n')
      const css = (await transform(source, { loader: 'css', minify: true, ...(cssTarget ? { target: cssTarget } : {}) })).code
      const fileName = `assets/chunks/${chunk.name}.${assetHash(css)}.css`
      sheets.set(fileName, css)
      chunk.viteMetadata?.importedCss.add(fileName)
      return null
    },
    // Emitted after Vite has written the site's style sheet: VitePress links the bundle's first CSS file in every page.
    generateBundle: {
      order: 'post',
      handler() {
        if (ssr) return
        for (const [fileName, source] of sheets) this.emitFile({ type: 'asset', fileName, source })
      },
    },
  }
}
