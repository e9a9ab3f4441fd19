// Wires the site config together: shared options plus the Chinese locale at the root.
import { defineConfig } from 'vitepress'
import { shared } from './shared.ts'
import { zh } from './zh.ts'

export default defineConfig({
  ...shared,
  ...zh,
  themeConfig: { ...shared.themeConfig, ...zh.themeConfig },
})
