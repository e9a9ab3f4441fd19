// Screenshots for people to look at, not assertions: `npm run screenshots` writes them to tests/output/screenshots/
// (git-ignored) at phone and desktop width, light and dark. `npm test` leaves them out (the review projects of
// playwright.config.ts); the visual regression test of the admonition gallery is visual.spec.ts.
import { mkdirSync } from 'node:fs'
import { expect, test, zoomSettled } from './support.ts'

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? new URL('../output/screenshots/', import.meta.url).pathname
/** `review-mobile` → `mobile`: the files are named by viewport. */
const viewport = (project: string) => project.replace(/^review-/, '')

test('home and the jargon table @review', async ({ reader }, testInfo) => {
  // Four full-page loads and captures: more than one page's worth of time on a busy 2-core machine.
  test.setTimeout(120_000)
  const { page } = reader
  mkdirSync(SCREENSHOTS, { recursive: true })
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.addInitScript((s) => localStorage.setItem('vitepress-theme-appearance', s), scheme)
    for (const [name, link] of [
      ['home', '/'],
      ['jargon', '/glossary/jargon'],
    ] as const) {
      await page.goto(link)
      await reader.settled()
      const file = `${SCREENSHOTS}${viewport(testInfo.project.name)}-${scheme}-${name}.png`
      await page.screenshot({ path: file, fullPage: true })
    }
  }
})

test('the LDM figure (also zoomed) and the community badges @review', async ({ reader }, testInfo) => {
  const { page } = reader
  mkdirSync(SCREENSHOTS, { recursive: true })
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.addInitScript((s) => localStorage.setItem('vitepress-theme-appearance', s), scheme)
    for (const [name, link] of [
      ['ldm', '/glossary/ldm'],
      ['community', '/guide/community'],
    ] as const) {
      await page.goto(link)
      await reader.settled()
      await page.screenshot({ path: `${SCREENSHOTS}${viewport(testInfo.project.name)}-${scheme}-${name}.png`, fullPage: true })
    }
    await page.goto('/glossary/ldm')
    await page.locator('.vp-doc figure img:visible').click()
    await expect(page.locator('img.medium-zoom-image--opened')).toBeVisible()
    await zoomSettled(page)
    await page.screenshot({ path: `${SCREENSHOTS}${viewport(testInfo.project.name)}-${scheme}-ldm-zoomed.png` })
  }
})

test('a term page with the mirror switcher, top of the window @review', async ({ reader }, testInfo) => {
  const { page } = reader
  mkdirSync(SCREENSHOTS, { recursive: true })
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.addInitScript((s) => localStorage.setItem('vitepress-theme-appearance', s), scheme)
    await page.goto('/glossary/clip')
    await reader.settled()
    await expect(page.locator('.mirror-switcher').first()).toBeVisible()
    await page.screenshot({ path: `${SCREENSHOTS}${viewport(testInfo.project.name)}-${scheme}-clip.png` })
  }
})
