// Accessibility: axe-core (WCAG 2.1 AA) on every page of the guide, in light and dark mode.
import AxeBuilder from '@axe-core/playwright'
import { expect, sidebarPages, test } from './support.ts'

const PAGES = ['/', ...sidebarPages().map((p) => p.link), '/no/such/page']

// axe checks the DOM and colours, which the phone layout shares; one viewport keeps the suite short.
test.skip(({ isMobile }) => isMobile, 'desktop project only')

for (const link of PAGES) {
  test(`${link} has no WCAG 2.1 AA violations in light or dark mode`, async ({ reader }) => {
    const { page, settled } = reader
    const violations: string[] = []
    for (const scheme of ['light', 'dark'] as const) {
      // Light first, then the same page reloaded in dark: the reader's choice is stored as VitePress stores it.
      await page.emulateMedia({ colorScheme: scheme })
      if (scheme === 'light') {
        await page.goto(link)
      } else {
        await page.evaluate(() => localStorage.setItem('vitepress-theme-appearance', 'dark'))
        await page.reload()
      }
      await settled()
      await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
      // Legacy mode runs axe.run in the page itself. The default runs each frame apart and then opens a blank page
      // to merge their results: twice the time here, for iframes this site does not have.
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .setLegacyMode()
        .analyze()
      violations.push(
        ...results.violations.map(
          (v) => `${scheme}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`,
        ),
      )
    }
    expect(violations).toEqual([])
  })
}

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
