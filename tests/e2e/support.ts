// Shared browser-test plumbing: the pages of the sidebar, and a page that never reaches the internet.
import { test as playwrightTest, expect, type BrowserContext, type BrowserContextOptions, type Page, type Request } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

export { sidebarPages } from '../../docs/.vitepress/config/sidebar-pages.ts'

/** The project's context options (viewport, phone emulation, locale, base URL), as its config states them. */
const CONTEXT_OPTIONS = ['baseURL', 'viewport', 'isMobile', 'hasTouch', 'deviceScaleFactor', 'locale', 'colorScheme'] as const

/**
 * One browser context per worker, a new page per test. A fresh context for every test costs a context and a
 * cold HTTP cache on each first load; pages of one context share the cache, which is also what a reader has.
 * What one test could leave to the next is cleared after each test: the site's storage and cookies. Per-page
 * state (routes, init scripts, emulated media) dies with the page.
 */
const base = playwrightTest.extend<{}, { workerContext: BrowserContext }>({
  workerContext: [
    async ({ browser }, use, workerInfo) => {
      const projectUse = workerInfo.project.use as Record<string, unknown>
      const options = Object.fromEntries(CONTEXT_OPTIONS.filter((k) => projectUse[k] !== undefined).map((k) => [k, projectUse[k]]))
      // No service worker between these tests and the server: offline.spec.ts tests the worker in contexts of its own.
      const context = await browser.newContext({ ...(options as BrowserContextOptions), serviceWorkers: 'block' })
      await use(context)
      await context.close()
    },
    { scope: 'worker' },
  ],
  context: async ({ workerContext }, use) => {
    await use(workerContext)
  },
  page: async ({ workerContext, baseURL }, use) => {
    const page = await workerContext.newPage()
    await use(page)
    const cdp = await workerContext.newCDPSession(page)
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL!).origin, storageTypes: 'all' })
    await cdp.detach()
    await workerContext.clearCookies()
    await page.close()
  },
})

/**
 * Why a test runs at desktop width only: it checks behaviour or content that the phone layout shares. Tests of
 * layout, touch and the phone's own navigation run in both projects.
 */
export const DESKTOP_ONLY = 'behaviour and content the phone layout shares: checked at desktop width'

export interface ReaderPage {
  page: Page
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[]
  /** Hosts other than the local server that the page tried to reach: there should be none (images are self-hosted). */
  remoteHosts: Set<string>
  /**
   * Resolves once the page has loaded, Vue has taken over and no request is in flight across two idle periods
   * of the main thread: what `networkidle` checks, without its fixed half second of silence on every load.
   */
  settled: () => Promise<void>
}

export const test = base.extend<{ reader: ReaderPage }>({
  reader: async ({ page, baseURL }, use) => {
    const local = new URL(baseURL!).host
    const errors: string[] = []
    const remoteHosts = new Set<string>()
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text())
    })
    page.on('pageerror', (err) => errors.push(String(err)))
    // The browser resolves no host but 127.0.0.1 (launch.ts), so any other request fails; note whom it was for.
    // (No page.route here: routing turns the HTTP cache off, and every load would fetch every asset again.)
    page.on('request', (request) => {
      const url = new URL(request.url())
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== local) remoteHosts.add(url.host)
    })
    const inFlight = new Set<Request>()
    page.on('request', (request) => inFlight.add(request))
    page.on('requestfinished', (request) => inFlight.delete(request))
    page.on('requestfailed', (request) => inFlight.delete(request))
    const settled = async () => {
      await page.waitForLoadState('load')
      await page.waitForFunction(() => Boolean((document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__))
      // Lazy chunks and VitePress's link prefetching start in idle callbacks: wait until idle finds nothing new.
      const deadline = Date.now() + 10_000
      for (let quiet = 0; quiet < 2; ) {
        await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 1000 })))
        if (inFlight.size === 0) {
          quiet++
          continue
        }
        quiet = 0
        if (Date.now() > deadline) throw new Error(`requests still open after 10 s: ${[...inFlight].map((r) => r.url()).join(', ')}`)
        await page.waitForTimeout(25)
      }
    }
    await use({ page, errors, remoteHosts, settled })
  },
})

/**
 * The page's first heading is shown and agrees with its sidebar label, and the document title ends in the site name.
 * The label may be shorter than the heading (e.g. "Stable Diffusion 和 NAI").
 */
export async function expectTitleMatches(page: Page, label: string): Promise<void> {
  const h1 = page.locator('.vp-doc h1').first()
  await expect(h1).toBeVisible()
  const title = (await h1.innerText()).replace(/[\s\u200b]+/g, ' ').trim()
  expect(title.length).toBeGreaterThan(0)
  expect(title.includes(label) || label.includes(title) || (await page.title()).includes(title)).toBe(true)
  await expect(page).toHaveTitle(/\| AiDraw$/)
}

/** Loads every <img> now (lazy ones too) and reports those that failed, with their src. */
export async function brokenImages(page: Page): Promise<{ count: number; broken: string[] }> {
  await page.evaluate(() => document.querySelectorAll('img').forEach((img) => (img.loading = 'eager')))
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete))
  return page.evaluate(() => ({
    count: document.images.length,
    broken: Array.from(document.images)
      .filter((img) => img.naturalWidth === 0)
      .map((img) => img.currentSrc || img.src),
  }))
}

/**
 * Waits until the zoom's open transition has ended: medium-zoom ignores Escape while it animates,
 * and a screenshot mid-way shows half a zoom. Waits on the animations, not on a fixed time.
 */
export async function zoomSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const img = document.querySelector('img.medium-zoom-image--opened')
    return img !== null && img.getAnimations().length === 0
  })
}

/**
 * WCAG 2.1 A and AA violations of the page as it is now, as one line each naming the rule and the first elements.
 * Legacy mode runs axe.run in the page itself; the default runs each frame apart and then opens a blank page to
 * merge their results: twice the time, for iframes this site does not have.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode().analyze()
  return results.violations.map(
    (v) => `${label}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`,
  )
}

/** Light first, then the same page reloaded in dark (the reader's choice stored as VitePress stores it): axe in both. */
export async function axeInLightAndDark(reader: ReaderPage): Promise<string[]> {
  const { page, settled } = reader
  const violations: string[] = []
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    if (scheme === 'dark') {
      await page.evaluate(() => localStorage.setItem('vitepress-theme-appearance', 'dark'))
      await page.reload()
    }
    await settled()
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
    violations.push(...(await axeViolations(page, scheme)))
  }
  return violations
}

export { expect }
