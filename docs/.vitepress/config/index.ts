// Wires the site config together: shared options plus the Chinese locale at the root, made an offline-capable app.
import { withPwa } from '@vite-pwa/vitepress'
import { defineConfig } from 'vitepress'
import { pwaBuildFiles } from '../pwa/build-files.ts'
import { pwaOptions } from '../pwa/options.ts'
import { siteBase } from '../site.ts'
import { shared } from './shared.ts'
import { zh } from './zh.ts'

export default withPwa(
  defineConfig({
    ...shared,
    ...zh,
    themeConfig: { ...shared.themeConfig, ...zh.themeConfig },
    vite: { ...shared.vite, plugins: [...(shared.vite?.plugins ?? []), pwaBuildFiles()] },
    // Installable, readable offline, and a prompt when a new deployment is out (docs/.vitepress/pwa/).
    pwa: pwaOptions(siteBase()),
  }),
)
