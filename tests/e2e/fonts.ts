// Screenshots that test our CSS rather than the fonts of one machine: the visual tests switch the page to the
// fonts that arrive with `npm ci` (scripts/lib/bundled-fonts.ts), and `systemFontsUsed` lists any glyphs drawn
// with a font of the machine instead, so a baseline cannot quietly depend on a system font again.
import type { Page } from '@playwright/test'

export { applyBundledFonts, routeBundledFonts } from '../../scripts/lib/bundled-fonts.ts'

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
