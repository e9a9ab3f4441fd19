// The options of @vite-pwa/vitepress for a build served under `base`: what is precached, the update prompt, the offline page.
import { fileURLToPath } from 'node:url'
import type { PwaOptions } from '@vite-pwa/vitepress'
import { webManifest } from './manifest.ts'
import { MANIFEST_FILE, SERVICE_WORKER_FILE } from './file-names.ts'
import { collectGarbage } from './free-memory.ts'
import { precacheReport, withoutFiles } from './precache-manifest.ts'
import { siteRedirects } from '../deploy/redirects.ts'
import { stubFile } from '../deploy/static-fallbacks.ts'
import { SHARE_CARD_DIR } from '../share-card/output-dir.ts'

/**
 * What a reader needs offline, and only that: every page's HTML, the JS and CSS (the search index and the
 * glossary data are JS chunks), images and the manifest's icons. Globs by file type, so the precache grows
 * with pages and images, not with packages: no fonts (the theme uses system fonts), no source maps, no feeds,
 * sitemap or hashmap, not the share cards (images for link previews in chat apps, never shown in a page), and
 * not the redirect stubs, which Vercel never serves (its redirects answer first).
 */
const PRECACHE_GLOBS = ['**/*.{html,js,css}', '**/*.{svg,png,jpg,jpeg,webp,gif,avif}']
/** The largest file the worker saves: far above any page, image or the search index of a guide of a few thousand pages. */
const MAX_PRECACHED_FILE_BYTES = 32 * 1024 * 1024
const PRECACHE_IGNORES = ['404.html', '**/*.map', `${SHARE_CARD_DIR}/**`]
/** The worker's source, in a folder of its own: it is type-checked with the worker's globals (tsconfig.worker.json). */
const WORKER_DIR = fileURLToPath(new URL('./worker/', import.meta.url))
const WORKER_SOURCE = SERVICE_WORKER_FILE.replace(/\.js$/, '.ts')

export function pwaOptions(base: string): PwaOptions {
  return {
    // The theme registers the worker itself with the browser's API, after the page is idle (pwa/update-watch.ts):
    // nothing in the page's head, so no inline script for the CSP, and no workbox-window in any page.
    injectRegister: false,
    // A new deployment waits until the reader accepts "内容已更新，点击刷新".
    registerType: 'prompt',
    manifestFilename: MANIFEST_FILE,
    manifest: webManifest(base),
    includeManifestIcons: false,
    // Our worker (pwa/worker/sw.ts), bundled by Vite with esbuild; Workbox only writes the precache list into it.
    // vite-plugin-pwa writes a `.ts` worker as the same name in `.js`: SERVICE_WORKER_FILE.
    strategies: 'injectManifest',
    srcDir: WORKER_DIR,
    filename: WORKER_SOURCE,
    injectManifest: {
      // esbuild, as for the pages' chunks (the plugin's default follows the client build's `minify`, which is off here).
      minify: true,
      globPatterns: PRECACHE_GLOBS,
      globIgnores: PRECACHE_IGNORES,
      // The search index is one file that grows with the guide (93 KB today, 2.5 MB for the 300-page corpus of
      // `npm run bench:build`), and offline search needs it: Workbox's 2 MiB default would fail such a build.
      maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE_BYTES,
    },
    integration: {
      // VitePress writes the client build to its outDir (docs/.vitepress/dist, or the mirror's); the worker goes beside it.
      // The redirect stubs come from the Markdown sources (viteConfig.root is VitePress's srcDir).
      configureOptions(viteConfig, options) {
        if (viteConfig.build.ssr) return
        options.outDir = viteConfig.build.outDir
        const stubs = new Set(siteRedirects(viteConfig.root).map((redirect) => stubFile(redirect).split('\\').join('/')))
        options.injectManifest = { ...options.injectManifest, manifestTransforms: [withoutFiles(stubs), precacheReport] }
      },
      // The pages are written and the heap is mostly garbage: collect it before the worker's build adds to it.
      beforeBuildServiceWorker: () => collectGarbage(),
    },
  }
}
