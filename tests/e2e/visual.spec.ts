// Visual regression: the admonition gallery against committed baselines, desktop and phone, light and dark.
import { expect, test } from './support.ts'

// Regenerate after an intended change: npx playwright test tests/e2e/visual.spec.ts --update-snapshots
for (const scheme of ['light', 'dark'] as const) {
  test(`admonition gallery looks as approved (${scheme})`, async ({ reader }) => {
    test.setTimeout(120_000)
    const { page } = reader
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    await page.addInitScript((s) => localStorage.setItem('vitepress-theme-appearance', s), scheme)
    await page.goto('/contributing/admonitions')
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => document.fonts.ready)
    // The content column only: dates, the mirror banner and the sidebar change for other reasons.
    await expect(page.locator('.vp-doc')).toHaveScreenshot(`admonitions-${scheme}.png`, {
      animations: 'disabled',
      caret: 'hide',
      // Anti-aliasing differs slightly between Chromium builds; a changed colour or layout does not.
      maxDiffPixelRatio: 0.02,
    })
  })
}
