// Makes a VitePress config an installable app that reads offline: @vite-pwa/vitepress with our options for the
// config's base, and the files its service worker names (icons, offline page). The site and the build benches' corpora
// are made offline apps the same way, so the worker the theme registers (pwa/update-region.ts) is always there.
import { join } from 'node:path'
import { withPwa } from '@vite-pwa/vitepress'
import type { DefaultTheme, UserConfig } from 'vitepress'
import { pwaBuildFiles } from './build-files.ts'
import { oneServiceWorker } from './one-worker.ts'
import { pwaOptions } from './options.ts'
import { SERVICE_WORKER_FILE } from './file-names.ts'
import { rewritePrecacheEntries } from './precache-literal.ts'

export async function withOfflineApp(config: UserConfig<DefaultTheme.Config>) {
  // Given an object, withPwa returns that object (its type also allows a config function).
  const app = (await withPwa({
    ...config,
    vite: { ...config.vite, plugins: [...(config.vite?.plugins ?? []), pwaBuildFiles(), oneServiceWorker()] },
    pwa: pwaOptions(config.base ?? '/'),
  })) as UserConfig<DefaultTheme.Config>
  // @vite-pwa/vitepress writes the worker at the end of its buildEnd: the precache list is rewritten after it.
  const writeWorker = app.buildEnd
  app.buildEnd = async (siteConfig) => {
    await writeWorker?.(siteConfig)
    rewritePrecacheEntries(join(siteConfig.outDir, SERVICE_WORKER_FILE))
  }
  return app
}
