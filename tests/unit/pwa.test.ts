// The offline app's parts that need no browser: manifest per base, icons from logo.svg, the offline page, the precache report.
import { readFileSync } from 'node:fs'
import sharp from 'sharp'
import { describe, expect, it, vi } from 'vitest'
import { BACKGROUND_COLOR, ICONS, THEME_COLORS, themeColorHead, webManifest } from '../../docs/.vitepress/pwa/manifest.ts'
import { MASKABLE_LOGO_SHARE, renderIcons } from '../../docs/.vitepress/pwa/icons.ts'
import { offlinePageHtml } from '../../docs/.vitepress/pwa/offline-page.ts'
import { OFFLINE_SCRIPT, OFFLINE_STYLE } from '../../docs/.vitepress/pwa/file-names.ts'
import { precacheBreakdown, precacheReport, withoutFiles } from '../../docs/.vitepress/pwa/precache-manifest.ts'
import { findInlineScripts } from '../../docs/.vitepress/deploy/inline-scripts.ts'

const LOGO = readFileSync(new URL('../../docs/public/logo.svg', import.meta.url), 'utf8')

describe('the web app manifest', () => {
  it.each(['/', '/book/'])('is scoped to the build served under %s, in Chinese', (base) => {
    const manifest = webManifest(base)
    expect(manifest).toMatchObject({ id: base, start_url: base, scope: base, lang: 'zh-CN', short_name: 'AiDraw', theme_color: THEME_COLORS.light })
    expect(manifest.name).toMatch(/指南/)
  })
  it('names a 192 and a 512 icon and a maskable 512', () => {
    expect(ICONS.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable'])
  })
  it('gives the browser a theme colour for each scheme, each under its own media query', () => {
    expect(themeColorHead()).toEqual([
      ['meta', { name: 'theme-color', media: '(prefers-color-scheme: light)', content: THEME_COLORS.light }],
      ['meta', { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: THEME_COLORS.dark }],
    ])
  })
})

describe('icons rasterised from logo.svg', () => {
  it('are PNGs of the sizes the manifest names; the maskable one keeps the logo inside the safe zone', async () => {
    const icons = await renderIcons(LOGO, BACKGROUND_COLOR)
    expect(icons.map((i) => i.fileName)).toEqual(ICONS.map((i) => i.src))
    for (const [index, icon] of icons.entries()) {
      const meta = await sharp(icon.source).metadata()
      expect(meta.format).toBe('png')
      expect(`${meta.width}x${meta.height}`).toBe(ICONS[index]!.sizes)
    }
    // The safe zone is the centred circle of 40 % radius: outside it the maskable icon is plain background,
    // while the plain icon is logo (its gradient square) right up to near the edge.
    const pixel = async (png: Buffer, x: number, y: number) => [...(await sharp(png).extract({ left: x, top: y, width: 1, height: 1 }).raw().toBuffer())]
    const maskable = icons.find((i) => i.fileName.includes('maskable'))!.source
    const plain = icons.find((i) => i.fileName === 'pwa-512x512.png')!.source
    const white = [255, 255, 255, 255]
    for (const [x, y] of [[256, 60], [60, 256], [256, 452], [452, 256], [120, 120]] as const) expect(await pixel(maskable, x, y)).toEqual(white)
    // Logo point (40, 56) of its 64-unit square is gradient: scaled down and centred in the maskable icon.
    const inner = Math.round(512 * MASKABLE_LOGO_SHARE)
    const at = (unit: number) => Math.round((512 - inner) / 2 + (unit / 64) * inner)
    expect(await pixel(maskable, at(40), at(56))).not.toEqual(white)
    expect(await pixel(plain, 256, 20)).not.toEqual(white)
  })
})

describe('the offline page', () => {
  it.each(['/', '/book/'])('links the home page, the glossary, its style and script under %s, in Chinese, without inline script', (base) => {
    const html = offlinePageHtml(base)
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).toContain(`<a href="${base}">首页</a>`)
    expect(html).toContain(`<a href="${base}glossary/">名词解释</a>`)
    expect(html).toContain(`href="${base}${OFFLINE_STYLE}"`)
    expect(html).toContain(`src="${base}${OFFLINE_SCRIPT}"`)
    expect(findInlineScripts(html)).toEqual([])
  })
})

describe('the precache manifest', () => {
  const entries = [
    { url: 'index.html', revision: 'a', size: 1000 },
    { url: 'assets/app.1.js', revision: null, size: 3000 },
    { url: 'assets/style.1.css', revision: null, size: 500 },
    { url: 'figures/ldm.svg', revision: 'b', size: 200 },
    { url: 'manifest.webmanifest', revision: 'c', size: 24 },
    { url: 'g/炼丹.html', revision: 'd', size: 300 },
  ]
  it('adds up the bytes by kind of file', () => {
    expect(precacheBreakdown(entries)).toEqual({ total: 5024, count: 6, kinds: { HTML: 1300, JS: 3000, CSS: 500, images: 200, other: 24 } })
  })
  it('prints one line for the final worker (with the pages in it) and changes nothing', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    try {
      expect(precacheReport(entries.slice(1)).manifest).toEqual(entries.slice(1))
      expect(log).not.toHaveBeenCalled()
      expect(precacheReport(entries).manifest).toEqual(entries)
      expect(log).toHaveBeenCalledTimes(1)
      expect(log.mock.calls[0]![0]).toBe('offline precache: 6 files, 4.9 KB uncompressed (HTML 1.3 KB, JS 2.9 KB, CSS 0.5 KB, images 0.2 KB, other 0.0 KB)')
    } finally {
      log.mockRestore()
    }
  })
  it('leaves out exactly the files named (the redirect stubs)', () => {
    expect(withoutFiles(new Set(['g/炼丹.html']))(entries).manifest.map((e) => e.url)).toEqual(entries.slice(0, 5).map((e) => e.url))
  })
})
