// Vite plugin: the service worker is generated once per build, after VitePress has written the pages.
//
// vite-plugin-pwa generates the worker when Vite closes the client bundle, and @vite-pwa/vitepress generates it
// again in VitePress's buildEnd, once the pages exist, replacing the first one. Each run builds sw.js (a Vite build of
// pwa/worker/sw.ts; with generateSW it was Rollup, Babel and Terser, about 2.5 s of CPU) and hashes every precached
// file, wasted on a worker without the pages.
// Neither package has an option to skip the first run, so this plugin takes vite-plugin-pwa's `closeBundle` hook off
// the client build; the buildEnd run is unchanged and writes the same sw.js as before.
import type { Plugin } from 'vite'

/** vite-plugin-pwa's build plugin, whose `closeBundle` writes the worker (vite-plugin-pwa 1.x, src/plugins/build.ts). */
export const PWA_BUILD_PLUGIN = 'vite-plugin-pwa:build'

// The plugin objects are shared by the client and the server build (and by a rebuild with the same config).
const unhooked = new WeakSet<object>()

export function oneServiceWorker(): Plugin {
  return {
    name: 'aidraw:pwa-one-worker',
    apply: 'build',
    configResolved(config) {
      // The server bundle's closeBundle never writes a worker.
      if (config.build.ssr) return
      const plugin = config.plugins.find((p) => p.name === PWA_BUILD_PLUGIN)
      if (plugin && unhooked.has(plugin)) return
      if (!plugin?.closeBundle) {
        throw new Error(
          `docs/.vitepress/pwa/one-worker.ts: no "${PWA_BUILD_PLUGIN}" plugin with a closeBundle hook in this build; ` +
            'vite-plugin-pwa has changed how it writes the service worker: check that the worker is still generated once, after the pages, and update this plugin',
        )
      }
      delete (plugin as { closeBundle?: unknown }).closeBundle
      unhooked.add(plugin)
    },
  }
}
