// A deployment as a reader meets it behind vercel.json: every page under the CSP (with its title, images and axe in
// light and dark), search, dark mode, headers, 404, canonical links, mirror switcher.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { sitePages } from '../../docs/.vitepress/deploy/redirects.ts'
import { MIRRORS, availabilityLabel, mirrorFor } from '../../docs/.vitepress/mirrors.ts'
import { IMMUTABLE_CACHE, NO_CACHE, REVALIDATE_CACHE, SECURITY_HEADERS } from '../../docs/.vitepress/deploy/headers.ts'
import { MANIFEST_FILE, SERVICE_WORKER_FILE } from '../../docs/.vitepress/pwa/file-names.ts'
import { siteBase } from '../../docs/.vitepress/site.ts'
import { SAME_ON_EVERY_MIRROR, expect, test } from './deploy-fixtures.ts'
import { axeInLightAndDark, brokenImages, expectTitleMatches, sidebarPages } from './support.ts'

const pages = [...sitePages('docs')].sort()

/** Sidebar labels by served path (no trailing slash), to check each page's title against. */
const labels = new Map(sidebarPages().map((p) => [p.link.replace(/(.)\/$/, '$1'), p.text]))

for (const path of pages) {
  test(`${path} loads whole under the CSP: title, canonical link, no violations or errors, only its own hosts and images, WCAG 2.1 AA in light and dark`, async ({
    reader,
    csp,
    deployment,
    baseURL,
  }, testInfo) => {
    if (testInfo.project.name !== 'vercel') {
      // The mirror serves the Vercel build's pages with another SITE_URL (SAME_ON_EVERY_MIRROR): what depends on it
      // is in the HTML as served, so read it there.
      const response = await fetch(new URL(path, baseURL))
      expect(response.status).toBe(200)
      const html = await response.text()
      expect(attributeOf(html, 'link', 'rel="canonical"', 'href')).toBe(deployment.canonicalUrl + path)
      expect(attributeOf(html, 'meta', 'property="og:url"', 'content')).toBe(deployment.siteUrl + path)
      return
    }
    const { page, errors, remoteHosts, settled } = reader
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.locator('#app h1').first()).toBeVisible()
    const label = labels.get(path)
    if (label !== undefined) await expectTitleMatches(page, label)
    await settled()
    expect((await brokenImages(page)).broken).toEqual([])
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', deployment.canonicalUrl + path)
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', deployment.siteUrl + path)
    const violations = await axeInLightAndDark(reader)
    expect(await csp.violations()).toEqual([])
    expect(errors).toEqual([])
    expect([...remoteHosts], 'requests to third-party hosts').toEqual([])
    expect(violations).toEqual([])
  })
}

/** The value of `attribute` on the first `<tag … marker …>` of an HTML text. */
function attributeOf(html: string, tag: string, marker: string, attribute: string): string | undefined {
  const element = new RegExp(`<${tag}\\b[^>]*${marker}[^>]*>`).exec(html)?.[0]
  return element ? new RegExp(`\\b${attribute}="([^"]*)"`).exec(element)?.[1] : undefined
}

test('search finds a page and opens it, under the CSP', async ({ reader, csp }, testInfo) => {
  test.skip(testInfo.project.name !== 'vercel', SAME_ON_EVERY_MIRROR)
  const { page, errors } = reader
  await page.goto('/guide/mirrors')
  await page.locator('.VPNavBarSearch button').click()
  const input = page.locator('.VPLocalSearchBox input')
  await expect(input).toBeVisible()
  await input.fill('潜在空间')
  const results = page.locator('.VPLocalSearchBox .result')
  await expect(results.first()).toBeVisible()
  await expect(results.first()).toContainText('潜在空间')
  await results.first().click()
  await expect(page).toHaveURL(/\/glossary\/latent-space/)
  expect(await csp.violations()).toEqual([])
  expect(errors).toEqual([])
})

test('the dark-mode check in the head runs under the CSP before the app', async ({ reader, csp }, testInfo) => {
  test.skip(testInfo.project.name !== 'vercel', SAME_ON_EVERY_MIRROR)
  const { page } = reader
  await page.addInitScript(() => localStorage.setItem('vitepress-theme-appearance', 'dark'))
  // Without the app bundle only the head scripts can set the class: this proves the moved check runs.
  await page.route(/\/assets\/app\.[^/]+\.js$/, (route) => route.abort())
  await page.goto('/glossary/clip')
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  expect(await csp.violations()).toEqual([])
})

test('dark mode toggles and survives a reload under the CSP', async ({ reader, csp }, testInfo) => {
  test.skip(testInfo.project.name !== 'vercel', SAME_ON_EVERY_MIRROR)
  const { page, errors } = reader
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/glossary/jargon')
  const html = page.locator('html')
  await expect(html).not.toHaveClass(/dark/)
  await page.getByRole('switch', { name: '切换到深色模式' }).filter({ visible: true }).click()
  await expect(html).toHaveClass(/dark/)
  await page.reload()
  await expect(html).toHaveClass(/dark/)
  expect(await csp.violations()).toEqual([])
  expect(errors).toEqual([])
})

test('HTML responses carry the security headers and are revalidated', async ({ request }) => {
  const response = await request.get('/glossary/clip')
  expect(response.status()).toBe(200)
  const headers = response.headers()
  for (const [key, value] of Object.entries(SECURITY_HEADERS)) expect(headers[key.toLowerCase()], key).toBe(value)
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe/)
  expect(headers['cache-control']).toBe(REVALIDATE_CACHE)
})

test('the service worker and the manifest are always revalidated, and the manifest is scoped to this build', async ({ request, deployment }) => {
  const base = siteBase({ SITE_URL: deployment.siteUrl })
  const html = await (await request.get('/')).text()
  expect(html).toContain(`<link rel="manifest" href="${base}${MANIFEST_FILE}">`)
  for (const file of [SERVICE_WORKER_FILE, MANIFEST_FILE]) {
    const response = await request.get(base + file)
    expect(response.status(), file).toBe(200)
    expect(response.headers()['cache-control'], file).toBe(NO_CACHE)
    expect(response.headers()['content-security-policy'], file).toBe(SECURITY_HEADERS['Content-Security-Policy'])
  }
  expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("worker-src 'self'")
  expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("manifest-src 'self'")
  const manifestResponse = await request.get(base + MANIFEST_FILE)
  expect(manifestResponse.headers()['content-type']).toMatch(/^application\/manifest\+json/)
  const manifest = (await manifestResponse.json()) as { scope: string; start_url: string; lang: string; icons: { src: string; sizes: string }[] }
  expect(manifest).toMatchObject({ scope: base, start_url: base, lang: 'zh-CN' })
  expect(manifest.icons.length).toBeGreaterThanOrEqual(3)
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, new URL(base + MANIFEST_FILE, 'http://x.invalid')).pathname)
    expect(response.status(), icon.src).toBe(200)
    expect(response.headers()['content-type'], icon.src).toBe('image/png')
  }
})

test('hashed assets carry the security headers and are cached for a year', async ({ request }) => {
  const html = await (await request.get('/')).text()
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!)
  expect(assets.length).toBeGreaterThan(2)
  for (const asset of assets) {
    const headers = (await request.get(asset)).headers()
    expect(headers['cache-control'], asset).toBe(IMMUTABLE_CACHE)
    expect(headers['x-content-type-options'], asset).toBe('nosniff')
    expect(headers['content-security-policy'], asset).toBe(SECURITY_HEADERS['Content-Security-Policy'])
  }
})

test('an unknown URL answers 404 with the Chinese not-found page and the headers, WCAG 2.1 AA in light and dark', async ({ reader, csp }, testInfo) => {
  test.skip(testInfo.project.name !== 'vercel', SAME_ON_EVERY_MIRROR)
  const { page, errors } = reader
  const failed: string[] = []
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(`${r.status()} ${r.url()}`)
  })
  const response = await page.goto('/no/such/page')
  expect(response?.status()).toBe(404)
  expect(response?.headers()['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy'])
  await expect(page.locator('.NotFound .title')).toHaveText('页面未找到')
  await reader.settled()
  expect(await csp.violations()).toEqual([])
  expect(failed).toEqual([])
  // Chromium reports the 404 document itself as a console error; nothing else may fail.
  expect(errors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)'])
  expect(await axeInLightAndDark(reader)).toEqual([])
  expect(await csp.violations()).toEqual([])
  expect(failed).toEqual([])
})

test('the canonical link follows client-side navigation', async ({ reader, deployment }) => {
  const { page } = reader
  await page.goto('/')
  await page.locator('.VPHero').getByRole('link', { name: '分流地址' }).click()
  await expect(page).toHaveURL(/\/guide\/mirrors$/)
  await expect(page.locator('.vp-doc h1')).toHaveText(/分流地址/)
  const canonical = page.locator('link[rel="canonical"]')
  await expect(canonical).toHaveCount(1)
  await expect(canonical).toHaveAttribute('href', deployment.canonicalUrl + '/guide/mirrors')
  await page.locator('.VPSidebar, .VPLocalNav').getByRole('link', { name: 'CLIP' }).first().click()
  await expect(page).toHaveURL(/\/glossary\/clip$/)
  await expect(canonical).toHaveCount(1)
  await expect(canonical).toHaveAttribute('href', deployment.canonicalUrl + '/glossary/clip')
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', deployment.siteUrl + '/glossary/clip')
})

test('links of an index page served without its trailing slash reach real pages, as a crawler resolves them', async ({ request, baseURL }) => {
  // VitePress's client rewrites the address to /glossary/ after loading, so only a reader without
  // JavaScript (a crawler) resolves links against /glossary itself: read the HTML the way it does.
  const pageUrl = new URL('/glossary', baseURL)
  const html = await (await request.get(pageUrl.href, { maxRedirects: 0 })).text()
  const content = html.slice(html.indexOf('class="vp-doc'))
  const hrefs = [...content.matchAll(/<a [^>]*href="([^"]+)"/g)]
    .map((m) => new URL(m[1]!.replace(/&amp;/g, '&'), pageUrl))
    .filter((url) => url.origin === pageUrl.origin)
  expect(hrefs.length).toBeGreaterThan(5)
  for (const url of new Set(hrefs.map((u) => u.origin + u.pathname))) {
    expect((await request.get(url)).status(), url).toBe(200)
  }
})

test('the mirror switcher names this mirror and links the same page on the other', async ({ reader, deployment }) => {
  const { page } = reader
  const current = mirrorFor(deployment.siteUrl)!
  const other = MIRRORS.find((m) => m !== current)!
  await page.goto('/glossary/clip')
  const switcher = page.locator('.VPDoc .mirror-switcher')
  await expect(switcher).toBeVisible()
  await expect(switcher.locator('.mirror-current')).toContainText(availabilityLabel(current))
  const link = switcher.getByRole('link')
  await expect(link).toHaveCount(1)
  await expect(link).toHaveAttribute('href', other.url + '/glossary/clip')
  await expect(link).toContainText(other.host)
  await expect(link).toContainText(availabilityLabel(other))
  // After client-side navigation the link follows the page.
  await page.locator('.VPSidebar, .VPLocalNav').getByRole('link', { name: 'CUDA' }).first().click()
  await expect(page).toHaveURL(/\/glossary\/cuda$/)
  await expect(page.locator('.mirror-switcher a').first()).toHaveAttribute('href', other.url + '/glossary/cuda')
  await page.goto('/')
  await expect(page.locator('.VPHero .mirror-switcher a')).toHaveAttribute('href', other.url + '/')
})

test('the mirror switcher fits a 375 px phone and the desktop, light and dark', async ({ reader }) => {
  const { page } = reader
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 667 : 800 })
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto('/glossary/clip')
      const switcher = page.locator('.mirror-switcher').first()
      await expect(switcher).toBeVisible()
      const box = (await switcher.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(width)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    }
  }
})

test('"最后更新于" is each page\'s last commit, not the build date', async ({ baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'vercel', 'dates come from the same history in every build')
  const seen = new Map<string, string>()
  for (const path of pages.filter((p) => p !== '/')) {
    const source = existsSync(`docs${path}.md`) ? `docs${path}.md` : `docs${path}/index.md`
    const committed = execFileSync('git', ['log', '-1', '--format=%aI', '--', source], { encoding: 'utf8' }).trim()
    expect(committed, `${source} is committed`).not.toBe('')
    // The date is written into the served HTML at build time (LastUpdated.vue), so the page as served says it.
    const html = await (await fetch(new URL(path, baseURL))).text()
    const datetime = /class="VPLastUpdated"[^>]*>[^<]*<time datetime="([^"]+)"/.exec(html)?.[1]
    expect(datetime, `${path} shows 最后更新于 with a <time datetime>`).toBe(new Date(committed).toISOString())
    seen.set(path, datetime!)
  }
  expect(new Set(seen.values()).size, 'pages changed in different commits show different dates').toBeGreaterThan(1)
})
