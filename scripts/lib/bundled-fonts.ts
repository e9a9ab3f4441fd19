// Fonts that arrive with `npm ci` (Noto Sans SC and Noto Sans Mono, OFL-1.1, from the @fontsource-variable
// packages), for output that must not depend on the fonts of one machine: the visual tests' screenshots and the
// PDF (`npm run pdf`). Readers of the site keep the system font stack: nothing here is part of the site.
//
// The PDF needs them for a second reason: each file of these packages covers one slice of Unicode, so a glyph
// maps back to one character only. With a system font whose cmap lists both 人 (U+4EBA) and the Kangxi radical
// ⼈ (U+2F08) for one glyph, Chromium's PDF text layer wrote the radical, and copied text was wrong.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Page } from '@playwright/test'
import { FONT_PACKAGES } from '../../docs/.vitepress/font-packages.ts'

const require = createRequire(import.meta.url)

/** Each bundled family under a short key, which is also its folder in the fonts' URL. */
const FONTS = {
  sc: { pkg: FONT_PACKAGES.sc, family: 'Noto Sans SC Variable' },
  mono: { pkg: FONT_PACKAGES.mono, family: 'Noto Sans Mono Variable' },
} as const
type FontKey = keyof typeof FONTS

/** Where the page fetches the font files: only the route below answers there. */
const FONT_PATH = '/__bundled-fonts/'

function packageDir(key: FontKey): string {
  const { pkg } = FONTS[key]
  try {
    return dirname(require.resolve(`${pkg}/package.json`))
  } catch {
    throw new Error(`${pkg} is missing (the PDF and the visual tests need it): run npm install`)
  }
}

/** The packages' @font-face rules with their file URLs moved under FONT_PATH, plus the two variables we override. */
export function bundledFontCss(): string {
  const faces = (Object.keys(FONTS) as FontKey[]).map((key) =>
    readFileSync(join(packageDir(key), 'index.css'), 'utf8').replace(/url\(\.\/files\/([^)]+)\)/g, `url(${FONT_PATH}${key}/$1)`),
  )
  return `${faces.join('\n')}
:root {
  --vp-font-family-base: '${FONTS.sc.family}';
  --vp-font-family-mono: '${FONTS.mono.family}', '${FONTS.sc.family}';
}`
}

/** Serves the font files from node_modules to this page (call before it loads). */
export async function routeBundledFonts(page: Page): Promise<void> {
  await page.route(`**${FONT_PATH}**`, async (route) => {
    const [key, file] = new URL(route.request().url()).pathname.slice(FONT_PATH.length).split('/')
    if (!key || !(key in FONTS) || !file || !/^[\w.-]+\.woff2$/.test(file)) return route.abort()
    await route.fulfill({ body: readFileSync(join(packageDir(key as FontKey), 'files', file)), contentType: 'font/woff2' })
  })
}

/** Switches the loaded page to the bundled fonts and waits until every face it needs has arrived. */
export async function applyBundledFonts(page: Page): Promise<void> {
  await page.addStyleTag({ content: bundledFontCss() })
  await page.evaluate(async () => {
    void document.body.offsetHeight // lay out with the new fonts, so the faces it needs start loading
    await document.fonts.ready
  })
}
