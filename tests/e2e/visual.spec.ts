// Visual regression: the admonition gallery against committed baselines, desktop and phone, light and dark.
//
// The screenshot is taken with fonts that come from npm (fonts.ts), so it records our CSS, not the fonts a
// machine happens to have. Baselines are Linux renders (tests/e2e/visual.spec.ts-snapshots/*-linux.png); how to
// refresh them is in CONTRIBUTING.md. On macOS and Windows the system draws text differently: CI checks there.
import { applyBundledFonts, routeBundledFonts, systemFontsUsed } from './fonts.ts'
import { expect, test } from './support.ts'

test.skip(process.platform !== 'linux', 'the baselines are Linux renders; CI (Debian) compares them')

for (const scheme of ['light', 'dark'] as const) {
  test(`admonition gallery looks as approved (${scheme})`, async ({ reader }) => {
    const { page } = reader
    await routeBundledFonts(page)
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    await page.addInitScript((s) => localStorage.setItem('vitepress-theme-appearance', s), scheme)
    await page.goto('/contributing/admonitions')
    await applyBundledFonts(page)
    // The sticky bars would overlay the column wherever the screenshot scrolls to: keep their space, not their pixels.
    await page.addStyleTag({ content: '.VPNav, .VPLocalNav { visibility: hidden !important; }' })
    // Every glyph of the gallery comes from the bundled fonts; otherwise the baseline would depend on this machine.
    expect(await systemFontsUsed(page, '.vp-doc')).toEqual([])
    // The content column only: dates, the mirror banner and the sidebar change for other reasons.
    await expect(page.locator('.vp-doc')).toHaveScreenshot(`admonitions-${scheme}.png`, {
      animations: 'disabled',
      caret: 'hide',
      // Glyph edges differ slightly between Chromium builds; a changed colour, border or padding does not.
      maxDiffPixels: 100,
    })
  })
}
