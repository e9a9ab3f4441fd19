// Images as a reader in mainland China meets them: every picture loads from the site itself, zooms on click, reads in dark mode.
import { mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, sidebarPages, test } from './support.ts'

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? new URL('../output/screenshots/', import.meta.url).pathname
const pages = ['/', ...sidebarPages().map((p) => p.link)]

/** Loads every <img> now (lazy ones too) and reports those that failed, with their src. */
async function brokenImages(page: Page): Promise<{ count: number; broken: string[] }> {
  await page.evaluate(() => document.querySelectorAll('img').forEach((img) => (img.loading = 'eager')))
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete))
  return page.evaluate(() => ({
    count: document.images.length,
    broken: Array.from(document.images)
      .filter((img) => img.naturalWidth === 0)
      .map((img) => img.currentSrc || img.src),
  }))
}

/**
 * Waits until the zoom's open transition has ended: medium-zoom ignores Escape while it animates,
 * and a screenshot mid-way shows half a zoom. Waits on the animations, not on a fixed time.
 */
async function zoomSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const img = document.querySelector('img.medium-zoom-image--opened')
    return img !== null && img.getAnimations().length === 0
  })
}

for (const link of pages) {
  test(`${link}: every image loads with nothing but the site reachable`, async ({ page }) => {
    const outside: string[] = []
    // Anything but the local server is unreachable, as GitHub and shields.io are for many readers.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url())
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue()
      outside.push(url.href)
      return route.abort('blockedbyclient')
    })
    await page.goto(link)
    await page.waitForLoadState('networkidle')
    const { broken } = await brokenImages(page)
    expect(broken).toEqual([])
    expect(outside, 'requests to third-party hosts').toEqual([])
  })
}

test('the site has content images to check at all', async ({ page }) => {
  await page.goto('/glossary/ldm')
  expect((await brokenImages(page)).count).toBeGreaterThanOrEqual(2)
  await page.goto('/guide/community')
  await expect(page.locator('.vp-doc img.badge')).toHaveCount(2)
})

test('the LDM figure shows the light drawing in light mode and the dark one in dark mode', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.addInitScript((s) => localStorage.setItem('vitepress-theme-appearance', s), scheme)
    await page.goto('/glossary/ldm')
    const shown = page.locator(`.vp-doc figure img.diagram-${scheme}`)
    const hidden = page.locator(`.vp-doc figure img.diagram-${scheme === 'light' ? 'dark' : 'light'}`)
    await expect(shown).toBeVisible()
    await expect(hidden).toBeHidden()
    expect(await shown.getAttribute('src')).toBe(scheme === 'dark' ? '/figures/ldm.svg#dark' : '/figures/ldm.svg')
    expect(await shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    await expect(page.locator('.vp-doc figcaption')).toContainText('右上角：条件（Conditioning）')
  }
})

test('a content image zooms on click above the nav bar, and Escape closes it', async ({ page }) => {
  await page.goto('/glossary/ldm')
  const figure = page.locator('.vp-doc figure img:visible')
  await expect(figure).toHaveClass(/medium-zoom-image/)
  await figure.click()
  const overlay = page.locator('.medium-zoom-overlay')
  await expect(overlay).toBeVisible()
  await expect(page.locator('img.medium-zoom-image--opened')).toBeVisible()
  // At the top of the window, where the nav bar (desktop) or the sticky local nav (phone) sits,
  // what the reader sees and clicks belongs to the zoom.
  const onTop = await page.evaluate(() => {
    const el = document.elementFromPoint(window.innerWidth / 2, 20)
    return el instanceof HTMLElement ? el.className : String(el?.nodeName)
  })
  expect(onTop).toMatch(/medium-zoom/)
  await zoomSettled(page)
  await page.keyboard.press('Escape')
  await expect(overlay).toHaveCount(0)
  await expect(page.locator('img.medium-zoom-image--opened')).toHaveCount(0)
})

test('zoom is attached again after client-side navigation', async ({ page, isMobile }) => {
  await page.goto('/glossary/clip')
  if (isMobile) await page.locator('.VPLocalNav .menu').click()
  await page.locator('.VPSidebar').getByRole('link', { name: 'LDM', exact: true }).click()
  await expect(page).toHaveURL(/\/glossary\/ldm$/)
  // No full page load happened: the SPA router swapped the content.
  const figure = page.locator('.vp-doc figure img:visible')
  await expect(figure).toHaveClass(/medium-zoom-image/)
  await figure.click()
  await expect(page.locator('.medium-zoom-overlay')).toBeVisible()
  await zoomSettled(page)
  await page.keyboard.press('Escape')
  await expect(page.locator('.medium-zoom-overlay')).toHaveCount(0)
})

test('badges are the site’s own, on one line with the table, and not zoomed', async ({ page }) => {
  await page.goto('/guide/community')
  const badges = page.locator('.vp-doc img.badge')
  for (const badge of await badges.all()) {
    expect(await badge.getAttribute('src')).toMatch(/^\/images\/badges\/[\w-]+\.svg$/)
    await expect(badge).not.toHaveClass(/medium-zoom-image/)
  }
})

test('screenshots of the LDM figure and the community badges for review', async ({ page }, testInfo) => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.addInitScript((s) => localStorage.setItem('vitepress-theme-appearance', s), scheme)
    for (const [name, link] of [
      ['ldm', '/glossary/ldm'],
      ['community', '/guide/community'],
    ] as const) {
      await page.goto(link)
      await page.waitForLoadState('networkidle')
      await page.screenshot({ path: `${SCREENSHOTS}${testInfo.project.name}-${scheme}-${name}.png`, fullPage: true })
    }
    await page.goto('/glossary/ldm')
    await page.locator('.vp-doc figure img:visible').click()
    await expect(page.locator('img.medium-zoom-image--opened')).toBeVisible()
    await zoomSettled(page)
    await page.screenshot({ path: `${SCREENSHOTS}${testInfo.project.name}-${scheme}-ldm-zoomed.png` })
  }
})
