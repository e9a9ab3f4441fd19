// Searching the built guide in Chinese like a reader: open the box, type, read the results, press Enter.
import type { Page } from '@playwright/test'
import { DESKTOP_ONLY, expect, test } from './support.ts'

/** Opens the search box the way a reader would: `/` on a keyboard, the nav bar button on a phone. */
async function openSearch(page: Page, isMobile: boolean) {
  const input = page.locator('#localsearch-input')
  // A key pressed before the app has hydrated reaches no listener (seen on a loaded CI machine),
  // so the reader's gesture is repeated until the box opens, as a reader would press again.
  // Only while the box is not there yet: once it is, its lazy chunk may still be loading, and a
  // second gesture would type "/" into it or click at the overlay.
  await expect(async () => {
    if ((await input.count()) === 0) {
      if (isMobile) await page.locator('.VPNavBarSearch button').click({ timeout: 2_000 })
      else await page.keyboard.press('/')
    }
    await expect(input).toBeFocused({ timeout: 3_000 })
  }).toPass({ timeout: 30_000 })
  return input
}

test('炼丹 finds the jargon row first; Enter goes there and highlights the row', async ({ reader, isMobile }) => {
  const { page, errors } = reader
  await page.goto('/guide/mirrors')
  await page.waitForLoadState('networkidle')
  const input = await openSearch(page, isMobile)
  await expect(input).toHaveAttribute('placeholder', '搜索文档')
  await input.pressSequentially('炼丹')
  const first = page.locator('.VPLocalSearchBox .result').first()
  await expect(first).toHaveAttribute('href', '/glossary/jargon#ti')
  await expect(first).toHaveAttribute('aria-label', '黑话 > ti/emb/炼丹')
  await expect(first).toHaveClass(/selected/)
  await input.press('Enter')

  await expect(page).toHaveURL(/\/glossary\/jargon#ti$/)
  await expect(page.locator('.VPLocalSearchBox')).toHaveCount(0)
  const row = page.locator('.vp-doc tr.glossary-target')
  await expect(row).toHaveCount(1)
  await expect(row.locator('td').first()).toHaveText('ti/emb/炼丹')
  await expect(row).toBeInViewport()
  // Highlighted: its cells are tinted, unlike the other rows'.
  const tint = (locator: ReturnType<Page['locator']>) =>
    locator.locator('td').first().evaluate((td) => getComputedStyle(td).backgroundColor)
  expect(await tint(row)).not.toBe(await tint(page.locator('.vp-doc tbody tr').first()))
  expect(errors).toEqual([])
})

test('a Chinese word in the middle of a sentence is found', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto('/')
  const input = await openSearch(page, isMobile)
  await input.fill('显存')
  // 显存 only occurs inside the DeepSpeed row's explanation.
  await expect(page.locator('.VPLocalSearchBox .result').filter({ hasText: 'ds' }).first()).toHaveAttribute(
    'href',
    '/glossary/jargon#ds',
  )
  await input.fill('损失函数')
  await expect(page.locator('.VPLocalSearchBox .result').first()).toHaveAttribute('href', '/glossary/loss-function#损失函数')
  // The home page's hero, above its first heading, is searchable too.
  await input.fill('写给新人的 AI 绘画指南')
  await expect(page.locator('.VPLocalSearchBox .result').first()).toHaveAttribute('href', '/')
})

test('the search box speaks Chinese', async ({ reader, isMobile }) => {
  const { page } = reader
  await page.goto('/glossary/')
  const input = await openSearch(page, isMobile)
  await input.fill('zzqqxx')
  await expect(page.locator('.VPLocalSearchBox .no-results')).toContainText('无法找到相关结果')
  await expect(page.locator('.VPLocalSearchBox .back-button')).toHaveAttribute('title', '关闭搜索')
  await expect(page.locator('.VPLocalSearchBox .clear-button')).toHaveAttribute('title', '清除查询条件')
  if (!isMobile) await expect(page.locator('.VPLocalSearchBox .search-keyboard-shortcuts')).toContainText('选择')
  await page.keyboard.press('Escape')
  await expect(page.locator('.VPLocalSearchBox')).toHaveCount(0)
})

test("search works under a Content-Security-Policy without 'unsafe-eval'", async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page, errors } = reader
  // Every HTML page is served with the policy. Scripts may come from the site, and inline (another
  // issue moves those into files), but may not turn strings into code. A probe script first in
  // <head> records that the policy is in force.
  const probe =
    "<script>try { new Function('return 1'); window.__evalAllowed = true } catch { window.__evalAllowed = false }</script>"
  // Only the local site; the reader fixture's own route still blocks everything else.
  await page.route(
    (url) => url.hostname === '127.0.0.1',
    async (route) => {
      const response = await route.fetch()
      const headers = { ...response.headers() }
      if (!(headers['content-type'] ?? '').includes('text/html')) return route.fulfill({ response })
      headers['content-security-policy'] =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"
      const body = (await response.text()).replace('<head>', '<head>' + probe)
      return route.fulfill({ response, headers, body })
    },
  )
  const violations: string[] = []
  page.on('console', (msg) => {
    if (/Content Security Policy|unsafe-eval|EvalError/i.test(msg.text())) violations.push(msg.text())
  })
  await page.goto('/glossary/clip')
  await page.waitForLoadState('networkidle')
  expect(await page.evaluate(() => (window as { __evalAllowed?: boolean }).__evalAllowed)).toBe(false)
  const input = await openSearch(page, isMobile)
  await input.fill('冶金')
  await expect(page.locator('.VPLocalSearchBox .result').first()).toHaveAttribute('href', '/glossary/jargon#hn')
  expect(violations).toEqual([])
  expect(errors.filter((e) => /eval|Function|Content Security/i.test(e))).toEqual([])
})

test('the site data sent to the browser carries no functions to revive with new Function', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto('/')
  const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src))
  const metadata = scripts.filter((src) => /metadata|app\./.test(src))
  expect(metadata.length).toBeGreaterThan(0)
  for (const src of metadata) {
    const body = await (await page.request.get(src)).text()
    expect(body, src).not.toContain('_vp-fn_')
  }
})
