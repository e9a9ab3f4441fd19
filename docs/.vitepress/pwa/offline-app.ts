// Makes a VitePress config an installable app that reads offline: @vite-pwa/vitepress with our options for the
// config's base, and the files its service worker names (icons, offline page). The site and the build benches' corpora
// are made offline apps the same way, so the worker the theme registers (pwa/update-region.ts) is always there.
import { withPwa } from '@vite-pwa/vitepress'
import type { DefaultTheme, UserConfig } from 'vitepress'
import { pwaBuildFiles } from './build-files.ts'
import { oneServiceWorker } from './one-worker.ts'
import { pwaOptions } from './options.ts'

export function withOfflineApp(config: UserConfig<DefaultTheme.Config>) {
  return withPwa({
    ...config,
    vite: { ...config.vite, plugins: [...(config.vite?.plugins ?? []), pwaBuildFiles(), oneServiceWorker()] },
    pwa: pwaOptions(config.base ?? '/'),
  })
}
