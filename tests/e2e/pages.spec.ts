// Every page of the guide on a 375 px phone: it loads with its title and canonical link, logs no errors, reaches
// no other host, shows every image from the site itself and never scrolls sideways. One load per page carries all
// of these checks. At desktop width the same checks, with the CSP and axe in light and dark, run on the Vercel
// build behind vercel.json (deploy.spec.ts): the same built pages, served as production serves them.

test.skip(({ isMobile }) => !isMobile, 'desktop: deploy.spec.ts loads every page with these checks under the CSP')
import { canonicalUrl } from '../../docs/.vitepress/site.ts'
import { brokenImages, expect, expectTitleMatches, sidebarPages, test } from './support.ts'

const sidebar = sidebarPages()
const pages: { link: string; text?: string }[] = [{ link: '/' }, ...sidebar]

for (const { link, text } of pages) {
  test(`${link} loads whole: title, canonical link, no console errors, only the site's own hosts and images`, async ({
    reader,
    isMobile,
  }) => {
    const { page, errors, remoteHosts, settled } = reader
    const response = await page.goto(link)
    expect(response?.status()).toBe(200)

    if (text !== undefined) await expectTitleMatches(page, text)

    await settled()
    // Anything but the local server is unreachable (support.ts), as GitHub and shields.io are for many readers.
    const { broken } = await brokenImages(page)
    expect(broken).toEqual([])
    expect(errors).toEqual([])
    expect([...remoteHosts], 'requests to third-party hosts').toEqual([])

    // Index pages are served (and named canonical) without their trailing slash: vercel.json trailingSlash false.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(canonical).toBe(canonicalUrl() + link.replace(/(.)\/$/, '$1'))

    if (isMobile) {
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }))
      expect(scrollWidth, 'the 375 px page scrolls sideways').toBeLessThanOrEqual(innerWidth)
    }
  })
}

test('a request to another host is noticed, and fails without reaching the internet', async ({ reader }) => {
  const { page, remoteHosts } = reader
  await page.goto('/guide/community')
  const loaded = await page.evaluate(
    () =>
      new Promise<boolean>((done) => {
        const img = new Image()
        img.onload = () => done(true)
        img.onerror = () => done(false)
        img.src = 'https://img.shields.io/badge/probe-1-blue.svg'
      }),
  )
  expect(loaded).toBe(false)
  expect([...remoteHosts]).toEqual(['img.shields.io'])
})
