// How fresh a page says it is, as a reader sees it: the review line, the outdated banner, "内容有误？", the updates feed.
import { XMLValidator } from 'fast-xml-parser'
import { isStale, readFreshness } from '../../docs/.vitepress/freshness/page-freshness.ts'
import { beijingDay, reviewDateChinese } from '../../docs/.vitepress/freshness/review-date.ts'
import { REPORT_TEMPLATE } from '../../docs/.vitepress/freshness/report-link.ts'
import { pagePath } from '../../docs/.vitepress/page-url.ts'
import { siteUrl } from '../../docs/.vitepress/site.ts'
import { readText } from '../../docs/.vitepress/text.ts'
import { listMarkdown, readPage } from '../support/docs.ts'
import { DESKTOP_ONLY, expect, test } from './support.ts'

test.skip(({ isMobile }) => isMobile, DESKTOP_ONLY)

// Every page, with what its front matter says it should show (staleness as of today, as the build decided).
const today = beijingDay(Date.now())
const PAGES = listMarkdown().map((file) => {
  const { relativePath, frontmatter } = readPage(file)
  const { freshness } = readFreshness(frontmatter, readText(file))
  return { path: pagePath(relativePath), freshness, stale: isStale(freshness, today) }
})
const STALE = PAGES.find((p) => p.stale && p.path !== '/')
const FRESH = PAGES.find((p) => !p.stale && p.freshness.reviewed && p.path !== '/')

test('every page shows its review date, and the banner exactly when the review is past due', async ({ request }) => {
  for (const { path, freshness, stale } of PAGES) {
    const html = await (await request.get(path)).text()
    const reviewed = freshness.reviewed ? `内容核对于 <time datetime="[^"]+"[^>]*>${reviewDateChinese(freshness.reviewed)}</time>` : '内容尚未核对'
    expect(html, path).toMatch(new RegExp(`class="page-freshness-meta"[^>]*><span[^>]*>${reviewed}`))
    if (freshness.appliesTo) expect(html, path).toContain(`适用于 ${freshness.appliesTo}`)
    expect(html.includes('class="page-freshness-banner"'), `${path}: banner`).toBe(stale)
    expect(html, path).toContain('class="page-freshness-report"')
  }
})

test('the banner of a stale page shifts nothing, and its links open GitHub prefilled', async ({ reader }) => {
  test.skip(!STALE, 'no page is past its review date')
  const { page, settled, errors } = reader
  // Layout shifts of anything in the content column (VitePress's navbar shifts once at hydration on every page,
  // banner or not, when it learns the page has a sidebar: not ours to measure here).
  await page.addInitScript(() => {
    const shifts: string[] = ((window as { __contentShifts?: string[] }).__contentShifts = [])
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { sources: { node?: Node }[] })[]) {
        for (const source of entry.sources) {
          const node = source.node
          if (node && document.getElementById('VPContent')?.contains(node)) shifts.push((node as Element).className || node.nodeName)
        }
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto(STALE!.path)
  await settled()
  const banner = page.locator('.page-freshness-banner')
  await expect(banner).toBeVisible()
  await expect(banner).toContainText(`最后核对于 ${reviewDateChinese(STALE!.freshness.reviewed!)}`)
  expect(await page.evaluate(() => (window as { __contentShifts?: string[] }).__contentShifts)).toEqual([])

  const report = new URL((await page.locator('.page-freshness-report').getAttribute('href'))!)
  expect(report.origin + report.pathname).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new$/)
  expect(report.searchParams.get('template')).toBe(REPORT_TEMPLATE)
  expect(report.searchParams.get('page')).toBe(siteUrl() + STALE!.path)
  expect(report.searchParams.get('reviewed')).toMatch(/^\d{4}-\d{2}(-\d{2})?$/)
  expect(report.searchParams.get('title')).toBe(`内容过时 / 有误：${(await page.title()).replace(/ \| AiDraw$/, '')}`)
  await expect(banner.getByRole('link', { name: '在 GitHub 上更新本页' })).toHaveAttribute('href', /\/edit\/main\/docs\/.+\.md$/)
  expect(errors).toEqual([])
})

test('the note costs no hydration, and follows a client-side navigation', async ({ page }) => {
  test.skip(!STALE || !FRESH, 'needs a stale and a current page')
  // Vue corrects the text of what it hydrates; the server HTML is edited before Vue sees it. The mirror
  // switcher (hydrated) gets its text back; the review note (never hydrated) keeps the edit.
  await page.route(`**${STALE!.path}`, async (route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace('内容核对于', '未水合标记').replace('本页另见：', '水合对照：')
    await route.fulfill({ response, body: html })
  })
  await page.goto(STALE!.path)
  await page.waitForFunction(() => Boolean((document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__))
  await expect(page.locator('.mirror-switcher')).toContainText('本页另见：')
  await expect(page.locator('.page-freshness-meta')).toContainText('未水合标记')

  await page.locator(`.VPSidebar a[href="${FRESH!.path}"]`).click()
  await page.waitForURL(`**${FRESH!.path}`)
  await expect(page.locator('.page-freshness-meta')).toContainText(`内容核对于 ${reviewDateChinese(FRESH!.freshness.reviewed!)}`)
  await expect(page.locator('.page-freshness-banner')).toHaveCount(0)
  await page.goBack()
  await expect(page.locator('.page-freshness-banner')).toBeVisible()
})

test('every page links the updates feed, which is well-formed and lists the 最近更新 entries', async ({ request, page }) => {
  await page.goto('/updates')
  const links = await page.locator('link[rel="alternate"]').evaluateAll((els) => els.map((el) => [el.getAttribute('type'), el.getAttribute('href')]))
  expect(links).toEqual([
    ['application/atom+xml', `${siteUrl()}/feed.xml`],
    ['application/feed+json', `${siteUrl()}/feed.json`],
  ])
  const atom = await request.get('/feed.xml')
  expect(atom.status()).toBe(200)
  const xml = await atom.text()
  expect(XMLValidator.validate(xml)).toBe(true)
  const json = (await (await request.get('/feed.json')).json()) as { items: { url: string }[] }
  const listed = await page.locator('.recent-updates li a').evaluateAll((els) => els.map((el) => el.getAttribute('href')))
  expect(listed.length).toBeGreaterThan(0)
  expect(json.items.map((item) => decodeURI(new URL(item.url).pathname))).toEqual(listed)
  for (const path of listed) expect(xml).toContain(`<link href="${siteUrl()}${encodeURI(path!)}"/>`)
})
