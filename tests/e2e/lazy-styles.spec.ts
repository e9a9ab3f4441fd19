// The search box and the phone menu bring their styles with them (docs/.vitepress/config/lazy-component-css.ts): no
// page loads those styles first, and neither component is ever on screen without them.
import type { Page } from '@playwright/test'
import { expect, test } from './support.ts'

/** From the moment an element matching `selector` is inserted, the `position` it had then (before any later frame). */
async function recordPositionOnInsert(page: Page, selector: string): Promise<void> {
  await page.evaluate((selector) => {
    const observer = new MutationObserver(() => {
      const element = document.querySelector(selector)
      if (!element) return
      document.documentElement.dataset.positionOnInsert = getComputedStyle(element).position
      observer.disconnect()
    })
    observer.observe(document.body, { childList: true, subtree: true })
  }, selector)
}

const positionOnInsert = (page: Page) => page.evaluate(() => document.documentElement.dataset.positionOnInsert)

test('the search box is styled from the frame it appears in, with styles no page loads before it opens', async ({ reader, isMobile }) => {
  const { page, errors, settled } = reader
  const styleSheets: string[] = []
  page.on('request', (request) => request.resourceType() === 'stylesheet' && styleSheets.push(new URL(request.url()).pathname))
  await page.goto('/glossary/clip')
  await settled()
  expect(styleSheets.filter((path) => path.startsWith('/assets/chunks/'))).toEqual([])
  const site = styleSheets.find((path) => /^\/assets\/style\.[\w-]+\.css$/.test(path))
  expect(site).toBeDefined()
  expect(await page.request.get(site!).then((response) => response.text())).not.toContain('.VPLocalSearchBox')

  await recordPositionOnInsert(page, '.VPLocalSearchBox')
  // The phone's button, or `/` on a keyboard, repeated until the box is there (a key before hydration is lost).
  await expect(async () => {
    if ((await page.locator('.VPLocalSearchBox').count()) === 0) {
      if (isMobile) await page.locator('.VPNavBarSearch button').click({ timeout: 2_000 })
      else await page.keyboard.press('/')
    }
    await expect(page.locator('#localsearch-input')).toBeFocused({ timeout: 3_000 })
  }).toPass({ timeout: 30_000 })
  expect(await positionOnInsert(page)).toBe('fixed')
  expect(styleSheets.filter((path) => /^\/assets\/chunks\/VPLocalSearchBox\.[\w-]+\.css$/.test(path))).toHaveLength(1)
  expect(errors).toEqual([])
})

test('the phone menu is styled from the frame it appears in', async ({ reader, isMobile }) => {
  test.skip(!isMobile, 'the menu button is on phones only')
  const { page, errors, settled } = reader
  await page.goto('/')
  await settled()
  await recordPositionOnInsert(page, '.VPNavScreen')
  await page.locator('.VPNavBarHamburger').click()
  await expect(page.locator('.VPNavScreen').getByRole('link', { name: '名词解释' })).toBeVisible()
  expect(await positionOnInsert(page)).toBe('fixed')
  expect(errors).toEqual([])
})
