// The first paint behind vercel.json's CSP: the browser fetches the stylesheet ahead of the scripts the paint does not
// need (deploy/script-priority.ts), and client-side navigation fetches no CSS and adds no style element.
import type { Page } from '@playwright/test'
import { SAME_ON_EVERY_MIRROR, expect, test } from './deploy-fixtures.ts'

/** The page's style elements and stylesheet links, as tag and path or text length. */
function styleNodes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('style, link[rel~="stylesheet"]')].map((n) =>
      n instanceof HTMLLinkElement ? `link ${new URL(n.href).pathname} ${n.media}` : `style ${n.textContent?.length}`,
    ),
  )
}

test('the stylesheets are fetched at the highest priority, the module scripts and their preloads at low', async ({ reader, csp }, testInfo) => {
  test.skip(testInfo.project.name !== 'vercel', SAME_ON_EVERY_MIRROR)
  const { page, settled } = reader
  // Chromium's own priority for each request, as DevTools shows it.
  const cdp = await page.context().newCDPSession(page)
  const priorities = new Map<string, string>()
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    const path = new URL(request.url).pathname
    if (!priorities.has(path)) priorities.set(path, request.initialPriority)
  })
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await page.goto('/glossary/clip')
  await settled()
  await cdp.detach()
  const of = (test: (path: string) => boolean) => [...new Set([...priorities].filter(([path]) => test(path)).map(([, p]) => p))]
  expect(of((path) => /^\/assets\/style\.[\w-]+\.css$/.test(path) || path === '/vp-icons.css')).toEqual(['VeryHigh'])
  // The entry, the metadata chunk and the preloads VitePress writes: everything the served HTML names under /assets/.
  // (Read from the response, not the live head: scripts loaded later on demand add preloads of their own there.)
  const served = await page.request.get('/glossary/clip').then((response) => response.text())
  const firstLoadJs = await page.evaluate((html) => {
    const head = new DOMParser().parseFromString(html, 'text/html').head
    return [...head.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[type="module"][src], link[rel="modulepreload"]')].map(
      (n) => new URL(n.getAttribute(n instanceof HTMLScriptElement ? 'src' : 'href') ?? '', location.href).pathname,
    )
  }, served)
  expect(firstLoadJs.length).toBeGreaterThanOrEqual(4)
  expect(of((path) => firstLoadJs.includes(path))).toEqual(['Low'])
  expect(await csp.violations()).toEqual([])
})

test('client-side navigation fetches no CSS and adds no style element, under the CSP', async ({ reader, csp }, testInfo) => {
  test.skip(testInfo.project.name !== 'vercel', SAME_ON_EVERY_MIRROR)
  const { page, errors, settled } = reader
  await page.goto('/guide/sd-and-nai')
  await settled()
  const before = await styleNodes(page)
  expect(before.filter((n) => n.startsWith('style '))).toEqual([])
  expect(before.filter((n) => n.startsWith('link '))).toEqual([
    expect.stringMatching(/^link \/assets\/style\.[\w-]+\.css $/),
    'link /vp-icons.css ',
    'link /print.css print',
  ])
  const requests: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet' || /\.css(\?|$)/.test(request.url())) requests.push(request.url())
  })
  for (const target of ['/glossary/jargon', '/glossary/clip']) {
    await page.locator(`.VPSidebar a[href="${target}"], .vp-doc a[href="${target}"]`).first().click()
    await expect(page).toHaveURL(new RegExp(`${target}$`))
    await settled()
  }
  await page.goBack()
  await expect(page).toHaveURL(/\/glossary\/jargon$/)
  await settled()
  // One document load: the clicks were client-side navigations.
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1)
  expect(await styleNodes(page)).toEqual(before)
  expect(requests).toEqual([])
  expect(await csp.violations()).toEqual([])
  expect(errors).toEqual([])
})
