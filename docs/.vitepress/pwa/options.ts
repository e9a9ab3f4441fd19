// The options of @vite-pwa/vitepress for a build served under `base`: what is precached, the update prompt, the offline page.
import type { PwaOptions } from '@vite-pwa/vitepress'
import { webManifest } from './manifest.ts'
import { MANIFEST_FILE, OFFLINE_PAGE, SERVICE_WORKER_FILE } from './file-names.ts'
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

export function pwaOptions(base: string): PwaOptions {
  return {
    // The theme registers the worker itself with the browser's API, after the page is idle (pwa/update-watch.ts):
    // nothing in the page's head, so no inline script for the CSP, and no workbox-window in any page.
    injectRegister: false,
    // A new deployment waits until the reader accepts "内容已更新，点击刷新".
    registerType: 'prompt',
    filename: SERVICE_WORKER_FILE,
    manifestFilename: MANIFEST_FILE,
    manifest: webManifest(base),
    includeManifestIcons: false,
    workbox: {
      globPatterns: PRECACHE_GLOBS,
      globIgnores: PRECACHE_IGNORES,
      // The search index is one file that grows with the guide (93 KB today, 2.5 MB for the 300-page corpus of
      // `npm run bench:build`), and offline search needs it: Workbox's 2 MiB default would fail such a build.
      maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE_BYTES,
      // Pages are served at /glossary/clip and /glossary/; the precache has glossary/clip.html (Workbox tries
      // `.html`, its cleanURLs default) and glossary/index.html.
      directoryIndex: 'index.html',
      // The first visit's worker takes the open tab at once, so it works offline without a reload. An update
      // still waits for the reader: only skipWaiting, which stays off, would replace a running worker.
      clientsClaim: true,
      skipWaiting: false,
      // Not navigateFallback: that would answer every unknown address with the offline page even online
      // (hiding a 404 or a page newer than the cache). Only an address the network cannot answer gets it.
      navigateFallback: null,
      runtimeCaching: [
        {
          urlPattern: ({ request }) => request.mode === 'navigate',
          handler: 'NetworkOnly',
          options: { precacheFallback: { fallbackURL: base + OFFLINE_PAGE } },
        },
      ],
    },
    integration: {
      // VitePress writes the client build to its outDir (docs/.vitepress/dist, or the mirror's); the worker goes beside it.
      // The redirect stubs come from the Markdown sources (viteConfig.root is VitePress's srcDir).
      configureOptions(viteConfig, options) {
        if (viteConfig.build.ssr) return
        options.outDir = viteConfig.build.outDir
        const stubs = new Set(siteRedirects(viteConfig.root).map((redirect) => stubFile(redirect).split('\\').join('/')))
        options.workbox = { ...options.workbox, manifestTransforms: [withoutFiles(stubs), precacheReport] }
      },
      // The pages are written and the heap is mostly garbage: collect it before Workbox's bundling adds to it.
      beforeBuildServiceWorker: () => collectGarbage(),
    },
  }
}
