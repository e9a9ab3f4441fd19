// Screenshots for people to look at, not assertions: `npm run screenshots` writes them to tests/output/screenshots/
// (git-ignored) at phone and desktop width, light and dark. `npm test` leaves them out (the review projects of
// playwright.config.ts); the visual regression test of the admonition gallery is visual.spec.ts.
import { mkdirSync } from 'node:fs'
import type { TestInfo } from '@playwright/test'
import { type ReaderPage, expect, test, zoomSettled } from './support.ts'

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? new URL('../output/screenshots/', import.meta.url).pathname

/**
 * For each colour scheme, opens each page and saves `<viewport>-<scheme>-<name>.png` (the whole page, or the
 * window when `window` is set), then lets `more` add shots of its own in that scheme.
 */
async function shoot(
  reader: ReaderPage,
  testInfo: TestInfo,
  pages: readonly (readonly [name: string, link: string])[],
  options: { window?: boolean; more?: (file: (name: string) => string) => Promise<void> } = {},
): Promise<void> {
  const { page } = reader
  mkdirSync(SCREENSHOTS, { recursive: true })
  // `review-mobile` → `mobile`: files are named by viewport.
  const viewport = testInfo.project.name.replace(/^review-/, '')
  for (const scheme of ['light', 'dark'] as const) {
    const file = (name: string) => `${SCREENSHOTS}${viewport}-${scheme}-${name}.png`
    await page.emulateMedia({ colorScheme: scheme })
    await page.addInitScript((s) => localStorage.setItem('vitepress-theme-appearance', s), scheme)
    for (const [name, link] of pages) {
      await page.goto(link)
      await reader.settled()
      await page.screenshot({ path: file(name), fullPage: !options.window })
    }
    await options.more?.(file)
  }
}

test('home and the jargon table @review', async ({ reader }, testInfo) => {
  // Four full-page loads and captures: more than one page's worth of time on a busy 2-core machine.
  test.setTimeout(120_000)
  await shoot(reader, testInfo, [
    ['home', '/'],
    ['jargon', '/glossary/jargon'],
  ])
})

test('the LDM figure (also zoomed) and the community badges @review', async ({ reader }, testInfo) => {
  const { page } = reader
  await shoot(
    reader,
    testInfo,
    [
      ['ldm', '/glossary/ldm'],
      ['community', '/guide/community'],
    ],
    {
      more: async (file) => {
        await page.goto('/glossary/ldm')
        await page.locator('.vp-doc figure img:visible').click()
        await expect(page.locator('img.medium-zoom-image--opened')).toBeVisible()
        await zoomSettled(page)
        await page.screenshot({ path: file('ldm-zoomed') })
      },
    },
  )
})

test('a term page with the mirror switcher, top of the window @review', async ({ reader }, testInfo) => {
  await shoot(reader, testInfo, [['clip', '/glossary/clip']], {
    window: true,
    more: async () => expect(reader.page.locator('.mirror-switcher').first()).toBeVisible(),
  })
})
