// What Vue's taking over a server-rendered page must not change: nothing on screen moves.
import { DESKTOP_ONLY, expect, test } from './support.ts'

for (const path of ['/', '/guide/sd-and-nai', '/glossary/jargon']) {
  test(`nothing moves while ${path} hydrates`, async ({ reader }) => {
    const { page, errors, settled } = reader
    await page.addInitScript(() => {
      const shifts: string[] = []
      Object.assign(window, { layoutShifts: shifts })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
          const nodes = entry.sources.map((s) => (s.node instanceof Element ? s.node.className : s.node?.nodeName ?? '?'))
          shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${nodes.join(', ')}`)
        }
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto(path)
    await settled()
    expect(await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts)).toEqual([])
    expect(errors).toEqual([])
  })
}

test('the home page never fetches the document column; a document page names it in its HTML', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page, settled } = reader
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  await page.goto('/')
  await settled()
  const homeScripts = requested.filter((path) => path.endsWith('.js'))
  expect(homeScripts.length).toBeGreaterThan(0)
  expect(homeScripts.filter((path) => /\/doc-parts\.[\w-]+\.js$/.test(path))).toEqual([])

  // A move from home to a document brings the column and the sidebar with the page.
  await page.locator('.VPNavBarMenuLink', { hasText: 'SD 与 NAI' }).click()
  await expect(page.locator('.VPDoc h1')).toBeVisible()
  await expect(page.locator('.VPSidebar')).toBeVisible()

  const preloads = await page.request.get('/guide/sd-and-nai').then((response) => response.text())
  const named = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]*\/doc-parts\.[\w-]+\.js)"/.exec(preloads)?.[1]
  expect(named).toBeDefined()
  expect(requested).toContain(named)
})

test('the phone menu, fetched on first use, opens over a page that no longer scrolls and closes again', async ({ reader, isMobile }) => {
  test.skip(!isMobile, 'the menu button is on phones only')
  const { page, errors, settled } = reader
  await page.goto('/glossary/jargon')
  await settled()
  await expect(page.locator('.VPNavScreen')).toHaveCount(0)
  const bodyOverflow = () => page.evaluate(() => getComputedStyle(document.body).overflow)
  const scrolling = await bodyOverflow()
  await page.locator('.VPNavBarHamburger').click()
  await expect(page.locator('.VPNavScreen').getByRole('link', { name: '名词解释' })).toBeVisible()
  await expect.poll(bodyOverflow).toBe('hidden')
  await page.locator('.VPNavBarHamburger').click()
  await expect(page.locator('.VPNavScreen')).toHaveCount(0)
  await expect.poll(bodyOverflow).toBe(scrolling)
  expect(errors).toEqual([])
})
