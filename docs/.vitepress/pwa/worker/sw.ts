// The offline service worker (built as sw.js): Vite bundles it with esbuild and Workbox only writes the precache list
// into it (vite-plugin-pwa's injectManifest strategy), instead of generating it with Rollup, Babel and Terser.
//
// What it does is what our generateSW options made before (BENCHMARKS.md, "Build overhead: session 6"): every file the
// build lists is saved on install and answered from the cache; pages are fetched from the network, and an address the
// network cannot answer gets the saved offline page; a new deployment's worker waits until the reader accepts the
// update prompt, which posts `SKIP_WAITING` (pwa/update-region.ts).
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, precacheAndRoute, PrecacheFallbackPlugin } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import { NetworkOnly } from 'workbox-strategies'
import { OFFLINE_PAGE } from '../file-names.ts'

declare const self: ServiceWorkerGlobalScope

// Only the reader's "刷新" replaces a running worker; skipWaiting on install would swap files under an open page.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})

// The first visit's worker takes the open tab at once, so it reads offline without a reload.
clientsClaim()

// Pages are served at /glossary/clip and /glossary/; the precache has glossary/clip.html (Workbox tries `.html`, its
// cleanURLs default) and glossary/index.html. The list is written in at build time (pwa/options.ts says which files).
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html' })
cleanupOutdatedCaches()

// Not a navigation fallback to the offline page for every unknown address: that would hide a 404 or a page newer than
// the cache even online. Only a page the network cannot answer gets it. The offline page is beside sw.js, at the
// site's base (`/`, `/book/`); the worker's build does not know the base (import.meta.env.BASE_URL is `/` there).
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkOnly({ plugins: [new PrecacheFallbackPlugin({ fallbackURL: new URL(OFFLINE_PAGE, self.location.href).href })] }),
  'GET',
)
