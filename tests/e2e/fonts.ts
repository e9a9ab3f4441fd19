// Fonts that arrive with `npm ci`, for screenshots that test our CSS rather than the fonts of one machine.
//
// The visual tests point --vp-font-family-base/-mono at Noto Sans SC and Noto Sans Mono (OFL-1.1, from the
// @fontsource-variable packages), served to the page from node_modules through a route. Readers keep the system
// font stack: nothing here is part of the site. `systemFontsUsed` lists any glyphs drawn with a font of the
// machine instead, so a baseline cannot quietly depend on a system font again.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Page } from '@playwright/test'

const require = createRequire(import.meta.url)

/** Each bundled family under a short key, which is also its folder in the fonts' URL. */
const FONTS = {
  sc: { pkg: '@fontsource-variable/noto-sans-sc', family: 'Noto Sans SC Variable' },
  mono: { pkg: '@fontsource-variable/noto-sans-mono', family: 'Noto Sans Mono Variable' },
} as const
type FontKey = keyof typeof FONTS

/** Where the page fetches the font files: only the route below answers there. */
const FONT_PATH = '/__test-fonts/'

function packageDir(key: FontKey): string {
  const { pkg } = FONTS[key]
  try {
    return dirname(require.resolve(`${pkg}/package.json`))
  } catch {
    throw new Error(`${pkg} is missing, and the visual tests need it: run npm install`)
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

/**
 * Glyphs under `selector` that Chromium drew with a font of this machine rather than a bundled one, as
 * "family (n glyphs) in <element>" lines; empty when the region depends on no system font.
 */
export async function systemFontsUsed(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `${selector}, ${selector} *` })
    const found: string[] = []
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      for (const font of fonts) {
        // Chromium names a web font by the name inside the file ("Noto Sans SC Thin" for the variable face), so
        // tell ours by isCustomFont: the site itself loads no web fonts.
        if (font.isCustomFont) continue
        const { node } = await cdp.send('DOM.describeNode', { nodeId })
        const attributes = node.attributes ?? []
        const at = attributes.indexOf('class')
        const classes = at >= 0 && at % 2 === 0 ? attributes[at + 1] : ''
        found.push(`${font.familyName} (${font.glyphCount} glyphs) in <${node.localName} class="${classes}">`)
      }
    }
    return found
  } finally {
    await cdp.detach()
  }
}
