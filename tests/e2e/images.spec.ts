// Images as a reader in mainland China meets them: every picture loads from the site itself, zooms on click, reads in dark mode.
import { DESKTOP_ONLY, brokenImages, expect, test, zoomSettled } from './support.ts'

// Every page's images load from the site itself: pages.spec.ts, one load per page and viewport.

test('the site has content images to check at all', async ({ page, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  await page.goto('/glossary/ldm')
  expect((await brokenImages(page)).count).toBeGreaterThanOrEqual(2)
  await page.goto('/guide/community')
  await expect(page.locator('.vp-doc img.badge')).toHaveCount(2)
})

test('the LDM figure shows the light drawing in light mode and the dark one in dark mode', async ({ page, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
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

test('badges are the site’s own, on one line with the table, and not zoomed', async ({ page, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  await page.goto('/guide/community')
  const badges = page.locator('.vp-doc img.badge')
  for (const badge of await badges.all()) {
    expect(await badge.getAttribute('src')).toMatch(/^\/images\/badges\/[\w-]+\.svg$/)
    await expect(badge).not.toHaveClass(/medium-zoom-image/)
  }
})
