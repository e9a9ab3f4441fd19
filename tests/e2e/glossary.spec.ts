// The glossary as a reader meets it: linked terms with tooltips, the generated index, jargon rows you can link to.
import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { DESKTOP_ONLY, expect, test } from './support.ts'

// /glossary/ensd mentions NAI in prose; the mention links to the jargon row.
const PAGE = '/glossary/ensd'
const NAI_SUMMARY = '（Novel AI，一般特指 Leak）'

/** Opens a page and waits for Vue to take over the server-rendered HTML (tooltips need its listeners). */
async function open(page: Page, path: string) {
  await page.goto(path)
  await page.waitForFunction(() => Boolean((document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__))
}

function term(page: Page, text: string): { link: Locator; tooltip: Locator } {
  const mention = page.locator('.vp-doc .glossary-term').filter({ hasText: text }).first()
  return { link: mention.locator('a.glossary-link'), tooltip: mention.locator('.glossary-tooltip') }
}

test('hovering a linked term shows its summary; Escape hides it', async ({ reader, isMobile }) => {
  test.skip(isMobile, 'no hover on a phone; see the tap test')
  const { page, errors } = reader
  await open(page, PAGE)
  const { link, tooltip } = term(page, 'NAI')
  await expect(link).toHaveAttribute('href', '/glossary/jargon#nai')
  await expect(tooltip).toHaveAttribute('role', 'tooltip')
  await expect(tooltip).toBeHidden()
  const paragraph = page.locator('.vp-doc p').filter({ has: page.locator('a.glossary-link') }).first()
  const before = await paragraph.boundingBox()
  await link.hover()
  await expect(tooltip).toBeVisible()
  await expect(tooltip).toContainText(NAI_SUMMARY)
  // Opening it moves nothing on the page.
  expect(await paragraph.boundingBox()).toEqual(before)
  await page.keyboard.press('Escape')
  await expect(tooltip).toBeHidden()
  await page.mouse.move(0, 0)
  expect(errors).toEqual([])
})

test('a linked term is reachable with Tab, described by its tooltip, and Escape hides it', async ({ reader, isMobile }) => {
  test.skip(isMobile, 'keyboard navigation is checked on the desktop layout')
  const { page } = reader
  await open(page, PAGE)
  const { link, tooltip } = term(page, 'NAI')
  const tooltipId = await tooltip.getAttribute('id')
  expect(tooltipId).toBeTruthy()
  await expect(link).toHaveAttribute('aria-describedby', tooltipId!)
  await expect(link).toHaveAccessibleDescription(/Novel AI/)
  // Tab from the top of the page until the term has focus, as a keyboard reader would.
  await page.locator('body').press('Tab')
  for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(link).toBeFocused()
  await expect(tooltip).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(tooltip).toBeHidden()
  await expect(link).toBeFocused()
  // Moving on closes nothing that is not open and opens nothing else.
  await page.keyboard.press('Tab')
  await expect(tooltip).toBeHidden()
})

test('on a touch screen the first tap shows the summary and the second follows the link', async ({ reader, isMobile }) => {
  test.skip(!isMobile, 'touch only')
  const { page } = reader
  await open(page, PAGE)
  const { link, tooltip } = term(page, 'NAI')
  await link.scrollIntoViewIfNeeded()
  await link.tap()
  await expect(tooltip).toBeVisible()
  await expect(tooltip).toContainText(NAI_SUMMARY)
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`))
  // The tooltip stays inside the 375 px screen.
  const box = (await tooltip.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(375)
  await link.tap()
  await expect(page).toHaveURL(/\/glossary\/jargon#nai$/)
  await expect(page.locator('.vp-doc tr.glossary-target td').first()).toHaveText('NAI')
})

test('tooltips follow dark mode', async ({ reader, isMobile }) => {
  test.skip(isMobile, 'colours are the same on every width')
  const { page } = reader
  const background = async (scheme: 'light' | 'dark') => {
    await page.emulateMedia({ colorScheme: scheme })
    await page.addInitScript((s) => localStorage.setItem('vitepress-theme-appearance', s), scheme)
    await open(page, PAGE)
    const { link, tooltip } = term(page, 'NAI')
    await link.hover()
    await expect(tooltip).toBeVisible()
    return tooltip.evaluate((el) => ({
      bg: getComputedStyle(el).backgroundColor,
      text: getComputedStyle(el.querySelector('.glossary-tooltip-summary')!).color,
    }))
  }
  const light = await background('light')
  const dark = await background('dark')
  expect(dark.bg).not.toBe(light.bg)
  expect(dark.text).not.toBe(light.text)
})

test('the glossary index lists every term page, generated from their frontmatter', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto('/glossary/')
  const table = page.locator('.vp-doc table.glossary-index')
  for (const [slug, name, summary] of [
    ['jargon', '黑话', 'AI 绘画社区里常用的缩写和俗称对照表。'],
    ['loss-function', '损失函数', '衡量模型输出与目标之间差距的函数'],
    ['latent-space', '潜在空间', '压缩数据的表示'],
    ['ensd', 'ENSD', 'NAI 使用 31337'],
    ['clip', 'CLIP', '把提示词文本转换成数值表示的神经网络'],
    ['cuda', 'CUDA', '让显卡（GPU）做通用计算的技术'],
    ['ldm', 'LDM', '潜在扩散模型'],
  ]) {
    const row = table.locator('tbody tr', { has: page.getByRole('link', { name, exact: true }) })
    await expect(row.getByRole('link', { name, exact: true })).toHaveAttribute('href', `/glossary/${slug}`)
    await expect(row).toContainText(summary!)
  }
  await expect(table.locator('tbody tr')).toHaveCount(7)
  await page.locator('.glossary-index-jargon').getByRole('link', { name: 'ti/emb/炼丹' }).click()
  await expect(page).toHaveURL(/\/glossary\/jargon#ti$/)
  await expect(page.locator('.vp-doc tr.glossary-target td').first()).toHaveText('ti/emb/炼丹')
})

test('every name of a jargon row is a link target, and the table reads as in the seed', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto('/glossary/jargon#%E7%82%BC%E4%B8%B9') // #炼丹
  const target = page.locator('.vp-doc tr.glossary-target')
  await expect(target).toHaveCount(1)
  await expect(target.locator('td').first()).toHaveText('ti/emb/炼丹')
  await expect(target).toBeInViewport()
  // Another name of another row, reached from inside the page.
  await page.evaluate(() => {
    location.hash = '#冶金'
  })
  await expect(page.locator('.vp-doc tr.glossary-target td').first()).toHaveText('hn/hyper/冶金')
  await expect(page.locator('.vp-doc tr.glossary-target')).toHaveCount(1)

  const seed = readFileSync(new URL('../fixtures/seed/AiDraw.md', import.meta.url), 'utf8')
  const seedTable = seed.slice(seed.indexOf('### 黑话'), seed.indexOf('### ENSD'))
  const seedNames = seedTable
    .split('\n')
    .filter((l) => l.trim().startsWith('|'))
    .slice(2)
    .map((l) => l.split('|')[1]!.trim())
  await expect(page.locator('.vp-doc tbody tr td:first-child')).toHaveText(seedNames)
})
