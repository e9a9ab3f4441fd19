// What the installed guide looks like: the web app manifest and the browser's theme colours, light and dark.
import type { HeadConfig } from 'vitepress'
import type { ManifestOptions } from 'vite-plugin-pwa'
import { GUIDE_TITLE } from '../site.ts'

/** Window and status-bar colours: the brand violet in light mode, VitePress's dark background in dark mode. */
export const THEME_COLORS = { light: '#7c3aed', dark: '#1b1b1f' } as const
/** The splash screen behind the icon while the app starts, and the maskable icon's square. */
export const BACKGROUND_COLOR = '#ffffff'

/** Icon files the build rasterises from docs/public/logo.svg (pwa/icons.ts), by size and purpose. */
export const ICONS = [
  { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'pwa-maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const

/** The manifest of the deployment served under `base` (`/`, `/book/`): each domain's app has its own scope. */
export function webManifest(base: string): Partial<ManifestOptions> {
  return {
    id: base,
    name: GUIDE_TITLE,
    short_name: 'AiDraw',
    description: '写给新人的 AI 绘画指南：Stable Diffusion WebUI 与 NovelAI 的入门说明和术语解释，离线也能读。',
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    theme_color: THEME_COLORS.light,
    background_color: BACKGROUND_COLOR,
    // Relative to the manifest, which is served from `base`.
    icons: ICONS.map((icon) => ({ ...icon })),
  }
}

/**
 * `<meta name="theme-color">` for each colour scheme. The manifest holds one colour; browsers take the
 * first meta whose media matches, so the dark one needs its own media query and the light one too.
 */
export function themeColorHead(): HeadConfig[] {
  return [
    ['meta', { name: 'theme-color', media: '(prefers-color-scheme: light)', content: THEME_COLORS.light }],
    ['meta', { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: THEME_COLORS.dark }],
  ]
}
