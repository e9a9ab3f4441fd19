// A page pasted from the MkDocs book as a reader meets it: tabs by click and keyboard, footnotes there and back, prompt text as written.
import type { Locator } from '@playwright/test'
import { DESKTOP_ONLY, expect, test } from './support.ts'

const DEMO = '/contributing/mkdocs'

/** The tab set of the demo's first section (Windows / Linux / macOS). */
function installTabs(page: import('@playwright/test').Page): { tabs: Locator; panels: Locator } {
  const set = page.locator('.vp-doc .tabbed-set').first()
  return { tabs: set.getByRole('tab'), panels: set.getByRole('tabpanel', { includeHidden: true }) }
}

async function expectSelected(tabs: Locator, panels: Locator, index: number): Promise<void> {
  const count = await tabs.count()
  for (let i = 0; i < count; i++) {
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', String(i === index))
    await expect(tabs.nth(i)).toHaveAttribute('tabindex', i === index ? '0' : '-1')
    if (i === index) await expect(panels.nth(i)).toBeVisible()
    else await expect(panels.nth(i)).toBeHidden()
  }
}

test('the demo page renders tabs, footnotes and literal prompt text without errors', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page, errors } = reader
  await page.goto(DEMO)
  await expect(page.locator('.vp-doc h1')).toContainText('从 MkDocs 迁移')
  const { tabs, panels } = installTabs(page)
  await expect(tabs).toHaveText(['Windows', 'Linux', 'macOS'])
  // `===+ "Linux"` is the tab shown first.
  await expectSelected(tabs, panels, 1)
  await expect(page.getByRole('tablist').first()).toBeVisible()
  for (let i = 0; i < 3; i++) {
    const controls = await tabs.nth(i).getAttribute('aria-controls')
    await expect(panels.nth(i)).toHaveAttribute('id', controls!)
  }

  const content = page.locator('.vp-doc')
  await expect(content).toContainText('正文中的 {{{prompt}}} 同样原样显示。')
  await expect(content.locator('code', { hasText: '{{{prompt}}}' })).toBeVisible()
  await expect(content.locator('td', { hasText: '{{{cat}}}' })).toHaveText('{{{cat}}}')
  await expect(content.locator('td', { hasText: '{masterpiece}' })).toHaveText('{masterpiece}')
  await expect(content).toContainText('例如把 <balabala> 换成角色名')
  await expect(content.locator('balabala')).toHaveCount(0)

  // attr_list and md_in_html.
  const logo = content.locator('img[src$="logo.svg"]')
  await expect(logo).toHaveAttribute('width', '64')
  await expect(logo).toHaveAttribute('loading', 'lazy')
  await expect(content.locator('h3#custom-anchor')).toBeVisible()
  await expect(content.locator('div.mkdocs-demo strong')).toHaveText('粗体')
  await expect(content.locator('div.mkdocs-demo')).not.toHaveAttribute('markdown')

  await page.waitForLoadState('networkidle')
  expect(errors).toEqual([])
})

test('tabs switch by click and by arrow keys, Home and End', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page, errors } = reader
  await page.goto(DEMO)
  const { tabs, panels } = installTabs(page)

  await tabs.nth(0).click()
  await expectSelected(tabs, panels, 0)
  await expect(tabs.nth(0)).toBeFocused()
  await expect(panels.nth(0)).toContainText('webui-user.bat')

  await page.keyboard.press('ArrowRight')
  await expectSelected(tabs, panels, 1)
  await expect(tabs.nth(1)).toBeFocused()
  await page.keyboard.press('End')
  await expectSelected(tabs, panels, 2)
  await page.keyboard.press('ArrowRight')
  await expectSelected(tabs, panels, 0)
  await page.keyboard.press('ArrowLeft')
  await expectSelected(tabs, panels, 2)
  await page.keyboard.press('Home')
  await expectSelected(tabs, panels, 0)
  await expect(tabs.nth(0)).toBeFocused()

  // Roving tabindex: Tab leaves the tab list for the selected panel.
  await page.keyboard.press('Tab')
  await expect(panels.nth(0)).toBeFocused()
  expect(errors).toEqual([])
})

test('footnote links jump to the note and back to the reference', async ({ reader }) => {
  const { page, errors } = reader
  await page.goto(DEMO)
  const ref = page.locator('.vp-doc sup#fnref\\:cfg a')
  await expect(ref).toHaveText('1')
  await expect(ref).toHaveAttribute('aria-label', '脚注 1')
  const note = page.locator('.vp-doc .footnote li#fn\\:cfg')
  await expect(note).toContainText('Classifier-Free Guidance')

  await ref.click()
  await expect(page).toHaveURL(/#fn:cfg$/)
  await expect(note).toBeInViewport()
  const back = note.locator('a.footnote-backref')
  await expect(back).toHaveAttribute('aria-label', '返回正文中脚注 1 的位置')
  await back.click()
  await expect(page).toHaveURL(/#fnref:cfg$/)
  await expect(page.locator('.vp-doc sup#fnref\\:cfg')).toBeInViewport()

  // The second note has two paragraphs, the back-link in the last.
  const second = page.locator('.vp-doc .footnote li#fn\\:range')
  await expect(second.locator('p')).toHaveCount(2)
  await expect(second.locator('p').last().locator('a.footnote-backref')).toHaveCount(1)
  expect(errors).toEqual([])
})

test('a back-link to a reference inside a hidden tab opens that tab', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page, errors } = reader
  await page.goto(DEMO)
  const { tabs, panels } = installTabs(page)
  await expectSelected(tabs, panels, 1)
  const ref = page.locator('.vp-doc sup#fnref\\:brew')
  await expect(ref).toBeHidden()
  await page.locator('.vp-doc .footnote li#fn\\:brew a.footnote-backref').click()
  await expect(page).toHaveURL(/#fnref:brew$/)
  await expectSelected(tabs, panels, 2)
  await expect(ref).toBeInViewport()
  expect(errors).toEqual([])
})

test('tabs still work after client-side navigation to the page', async ({ reader }) => {
  const { page, errors } = reader
  await page.goto('/contributing/admonitions')
  const link = page.locator('.VPSidebar').getByRole('link', { name: '从 MkDocs 迁移' })
  // Below 960 px VitePress keeps the sidebar behind the menu button.
  if ((page.viewportSize()?.width ?? 1280) < 960) await page.locator('.VPLocalNav').getByRole('button', { name: '菜单' }).click()
  await link.click()
  await expect(page).toHaveURL(new RegExp(`${DEMO}$`))
  const { tabs, panels } = installTabs(page)
  await tabs.nth(2).click()
  await expectSelected(tabs, panels, 2)
  await page.keyboard.press('ArrowLeft')
  await expectSelected(tabs, panels, 1)
  expect(errors).toEqual([])
})
