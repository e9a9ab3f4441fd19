// Accessibility beyond axe: every interactive element shows where the keyboard focus is.
import { expect, test } from './support.ts'

// axe on every page in light and dark mode runs on the Vercel build under its CSP, where each page is loaded
// once for all its checks: deploy.spec.ts (and its 404 test). Here: what axe cannot see.
test.skip(({ isMobile }) => isMobile, 'keyboard focus is checked on the desktop layout')

test('every interactive element shows a visible focus ring', async ({ reader }) => {
  const { page } = reader
  await page.goto('/glossary/clip')
  // Tab through the first stops (skip link, logo, search, nav…) and check each draws an outline.
  const missing: string[] = []
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab')
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      const style = getComputedStyle(el)
      const visible =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none' ||
        el.classList.contains('VPSkipLink')
      return { name: `${el.tagName.toLowerCase()}.${el.className}`, visible }
    })
    if (info && !info.visible) missing.push(info.name)
  }
  expect(missing).toEqual([])
})
