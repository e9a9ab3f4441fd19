// Parts of the layout hydrate in idle time (theme/deferred-hydration.ts); a reader who acts before that must not notice.
//
// Each test starts with the browser's idle callbacks switched off, as on a phone too busy to ever be idle, so every
// deferred part is still the server's HTML when the reader's first tap, click or key arrives.
import type { Page } from '@playwright/test'
import { DESKTOP_ONLY, expect, test } from './support.ts'

async function neverIdle(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => {} })
  })
}

/** The app has mounted (its deferred parts have not: nothing is ever idle). */
async function mounted(page: Page): Promise<void> {
  await page.waitForLoadState('load')
  await page.waitForFunction(() => Boolean((document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__))
}

test('the appearance switch works before the nav bar has hydrated', async ({ reader, isMobile }) => {
  test.skip(isMobile, 'the switch is in the phone menu, which is not deferred')
  const { page, errors } = reader
  await neverIdle(page)
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/glossary/jargon')
  await mounted(page)
  // Its accessible name is set when it hydrates: VitePress leaves it out of the server's HTML.
  await page.locator('.VPNavBarAppearance').getByRole('switch').click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  expect(errors).toEqual([])
})

test('the search button and its shortcut work before the nav bar has hydrated', async ({ reader }) => {
  const { page, errors } = reader
  await neverIdle(page)
  await page.goto('/guide/sd-and-nai')
  await mounted(page)
  await page.locator('.VPNavBarSearch button').click()
  await expect(page.locator('.VPLocalSearchBox input')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.locator('.VPLocalSearchBox')).toHaveCount(0)

  await page.goto('/guide/sd-and-nai')
  await mounted(page)
  await page.keyboard.press('/')
  await expect(page.locator('.VPLocalSearchBox input')).toBeFocused()
  expect(errors).toEqual([])
})

test('a sidebar link followed before the sidebar has hydrated moves the page and the sidebar along', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page, errors } = reader
  await neverIdle(page)
  await page.goto('/guide/sd-and-nai')
  await mounted(page)
  const other = page.locator('.VPSidebar a.link[href]:not([href$="/guide/sd-and-nai"])').first()
  const title = (await other.textContent())?.trim()
  const href = (await other.getAttribute('href')) ?? ''
  await other.click()
  await expect(page).toHaveURL((url) => url.pathname === href)
  await expect(page.locator('.VPSidebar .VPSidebarItem.is-active > .item .text')).toHaveText(title ?? '')
  // The document column and outline follow the page too.
  await expect(page.locator('.VPDoc h1')).toBeVisible()
  await expect(page.locator('.VPDocAsideOutline')).toBeAttached()
  expect(errors).toEqual([])
})

test('the phone menu button opens the sidebar before the local nav has hydrated', async ({ reader, isMobile }) => {
  test.skip(!isMobile, 'the local nav is on phones only')
  const { page, errors } = reader
  await neverIdle(page)
  await page.goto('/guide/sd-and-nai')
  await mounted(page)
  await page.locator('.VPLocalNav .menu').click()
  await expect(page.locator('.VPSidebar')).toHaveClass(/\bopen\b/)
  await page.keyboard.press('Escape')
  await expect(page.locator('.VPSidebar')).not.toHaveClass(/\bopen\b/)
  expect(errors).toEqual([])
})
