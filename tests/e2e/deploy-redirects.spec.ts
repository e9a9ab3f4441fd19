// Every short link and old URL lands on the right page through permanent redirects, as vercel.json makes the server answer.
import { siteRedirects } from '../../docs/.vitepress/deploy/redirects.ts'
import { SAME_ON_EVERY_MIRROR, expect, test } from './deploy-fixtures.ts'

/**
 * Follows redirects one hop at a time: the statuses seen and the path that finally answered. Node's fetch on the
 * server directly: hundreds of hops through Playwright's request API cost seconds of protocol round trips.
 */
async function follow(baseURL: string, path: string): Promise<{ hops: number[]; status: number; path: string }> {
  const hops: number[] = []
  let url = path
  for (let i = 0; i < 5; i++) {
    const response = await fetch(new URL(url, baseURL), { redirect: 'manual' })
    await response.body?.cancel()
    const location = response.headers.get('location')
    // A fragment (`#炼丹`) stays in the browser; what the server answered for is the path.
    if (response.status < 300 || response.status >= 400 || !location) return { hops, status: response.status, path: url.replace(/#.*$/, '') }
    hops.push(response.status)
    url = location
  }
  throw new Error(`more than 5 redirects from ${path}`)
}

const PERMANENT = [301, 308]

test('every redirect of redirects.ts lands on its page through permanent redirects', async ({ baseURL }, testInfo) => {
  // The same vercel.json and the same pages in every build: the mirror's redirects are these.
  test.skip(testInfo.project.name !== 'vercel', SAME_ON_EVERY_MIRROR)
  const redirects = siteRedirects('docs')
  expect(redirects.length).toBeGreaterThan(20)
  for (const r of redirects) {
    const target = encodeURI(r.destination.replace(/#.*$/, ''))
    // On the wire a path is always percent-encoded; the trailing-slash form is how MkDocs linked it.
    for (const source of [encodeURI(r.source), encodeURI(r.source) + '/']) {
      const end = await follow(baseURL!, source)
      expect({ status: end.status, path: end.path }, `${source} → ${r.destination}`).toEqual({ status: 200, path: target })
      expect(end.hops.length, source).toBeGreaterThan(0)
      for (const status of end.hops) expect(PERMANENT, source).toContain(status)
    }
  }
})

test('short links are case-insensitive and keep the query string', async ({ request }) => {
  const response = await request.get('/G/CLIP?from=qq', { maxRedirects: 0 })
  expect(PERMANENT).toContain(response.status())
  expect(response.headers()['location']).toBe('/glossary/clip?from=qq')
})

for (const [from, to] of [
  ['/index.html', '/'],
  ['/glossary/clip/', '/glossary/clip'],
  ['/glossary/clip.html', '/glossary/clip'],
  ['/glossary/', '/glossary'],
  ['/glossary/index.html', '/glossary'],
  ['/GettingStarted/term/', '/glossary'],
  ['/GettingStarted/', '/'],
  ['/en/GettingStarted/state/', '/about/license'],
] as const) {
  test(`the old URL ${from} lands on ${to}`, async ({ baseURL }) => {
    const end = await follow(baseURL!, from)
    expect(end.status).toBe(200)
    expect(end.path).toBe(to)
    for (const status of end.hops) expect(PERMANENT).toContain(status)
  })
}

test('a reader following short links lands on the page, in the browser', async ({ reader, csp }, testInfo) => {
  test.skip(testInfo.project.name !== 'vercel', SAME_ON_EVERY_MIRROR)
  const { page, errors } = reader
  await page.goto('/g/clip')
  await expect(page).toHaveURL(/\/glossary\/clip$/)
  await expect(page.locator('.vp-doc h1')).toHaveText(/CLIP/)
  await page.goto('/g/炼丹')
  await expect(page).toHaveURL(/\/glossary\/jargon#(%E7%82%BC%E4%B8%B9|炼丹)$/)
  // The row named 炼丹 is the target (its anchor is a span in the first cell, the row's id is `ti`).
  await expect(page.locator('.vp-doc tr:has(:target), .vp-doc tr:target')).toContainText('炼丹')
  await page.goto('/aibook')
  await expect(page).toHaveURL(/\/$/)
  await expect(page.locator('.VPHero .name')).toHaveText('AiDraw')
  await page.goto('/GettingStarted/term/')
  // The server answers /glossary; VitePress's client then shows an index page's address with its slash.
  await expect(page).toHaveURL(/\/glossary\/?$/)
  await expect(page.locator('.vp-doc h1')).toHaveText(/名词解释/)
  expect(await csp.violations()).toEqual([])
  expect(errors).toEqual([])
})
