// Wires the site config together: shared options plus the Chinese locale at the root, made an offline-capable app
// (docs/.vitepress/pwa/: installable, readable offline, and a prompt when a new deployment is out).
import { defineConfig } from 'vitepress'
import { withOfflineApp } from '../pwa/offline-app.ts'
import { shared } from './shared.ts'
import { zh } from './zh.ts'

export default withOfflineApp(
  defineConfig({
    ...shared,
    ...zh,
    themeConfig: { ...shared.themeConfig, ...zh.themeConfig },
  }),
)
