// The guide as an installed offline app, behind vercel.json's headers and CSP: once opened it is read without a network
// (sidebar, search, glossary tooltips, reload), an address it has not saved shows the offline page, and a new deployment
// waits for the reader's "点击刷新".
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { SERVICE_WORKER_FILE } from '../../docs/.vitepress/pwa/file-names.ts'
import { OUTPUT_DIRECTORY } from '../../docs/.vitepress/deploy/vercel-config.ts'
import { freePort } from '../../scripts/lib/ports.ts'
import { startVercelServer, type VercelServer } from '../../scripts/lib/vercel-server.ts'
import { expectTitleMatches, sidebarPages } from './support.ts'

test.skip(({ isMobile }) => isMobile, 'the worker and its caches do not depend on the viewport: checked at desktop width')

// Each test runs its own server (its own origin, so its own worker) and its own context with workers allowed.
let server: VercelServer | undefined
let context: BrowserContext | undefined
test.afterEach(async () => {
  await context?.close()
  await server?.close()
  context = server = undefined
})

/** Opens the home page and waits until the worker has precached the site and controls the page. */
async function openInstalled(browser: Browser, origin: string, path = '/'): Promise<Page> {
  context = await browser.newContext({ serviceWorkers: 'allow', locale: 'zh-CN', viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto(origin + path)
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 30_000 })
  return page
}

/** Whether the page's network is really gone: a file the worker does not keep (the sitemap) cannot be fetched. */
async function canFetchUncached(page: Page): Promise<boolean> {
  return page.evaluate(() => fetch('/sitemap.xml').then(() => true, () => false))
}

async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__))
}

test('once opened, the guide reads offline: sidebar navigation, search, a glossary tooltip and a reload', async ({ browser }) => {
  server = await startVercelServer(OUTPUT_DIRECTORY)
  const page = await openInstalled(browser, server.origin)
  await context!.setOffline(true)
  expect(await canFetchUncached(page)).toBe(false)

  // Into the guide from the home page, then three pages through the sidebar.
  await page.locator('.VPHero').getByRole('link', { name: '分流地址' }).click()
  await expect(page).toHaveURL(/\/guide\/mirrors$/)
  const pages = sidebarPages().filter((p) => ['/glossary/clip', '/glossary/cuda', '/guide/sd-and-nai'].includes(p.link))
  expect(pages).toHaveLength(3)
  for (const { link, text } of pages) {
    await page.locator('.VPSidebar').getByRole('link', { name: text, exact: true }).first().click()
    await expect(page).toHaveURL(new RegExp(`${link}$`))
    await expectTitleMatches(page, text)
  }

  // Local search: the index is a precached chunk.
  await page.locator('.VPNavBarSearch button').click()
  await page.locator('.VPLocalSearchBox input').fill('潜在空间')
  const result = page.locator('.VPLocalSearchBox .result').first()
  await expect(result).toContainText('潜在空间')
  await result.click()
  await expect(page).toHaveURL(/\/glossary\/latent-space/)
  await expect(page.locator('.vp-doc h1')).toContainText('潜在空间')

  // A glossary tooltip on a page opened through the sidebar: the glossary data is a precached chunk too.
  await page.locator('.VPSidebar').getByRole('link', { name: 'ENSD', exact: true }).first().click()
  await expect(page).toHaveURL(/\/glossary\/ensd$/)
  const mention = page.locator('.vp-doc .glossary-term').filter({ hasText: 'NAI' }).first()
  await mention.locator('a.glossary-link').hover()
  await expect(mention.locator('.glossary-tooltip')).toBeVisible()
  await expect(mention.locator('.glossary-tooltip')).toContainText('Novel AI')

  // A reload comes from the precache, with no network at all.
  await page.reload()
  await waitForApp(page)
  await expect(page.locator('.vp-doc h1')).toContainText('ENSD')
  expect(await canFetchUncached(page)).toBe(false)
})

test('an address that is neither saved nor reachable shows the Chinese offline page, listing the saved pages', async ({ browser }) => {
  server = await startVercelServer(OUTPUT_DIRECTORY)
  const page = await openInstalled(browser, server.origin)
  await context!.setOffline(true)
  // A page a newer deployment might have added: not in this worker's precache, and the network is gone.
  const response = await page.goto(server.origin + '/guide/a-page-added-later')
  expect(response?.status()).toBe(200)
  await expect(page.locator('h1')).toHaveText('现在没有网络')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  // The list comes from Cache Storage: every saved page by its title, not only the two links the HTML carries.
  const links = page.locator('#offline-pages a')
  await expect.poll(() => links.count()).toBeGreaterThan(10)
  await expect(links.filter({ hasText: /^首页$/ })).toHaveCount(1)
  await expect(links.filter({ hasText: '名词解释' })).toHaveCount(1)
  await links.filter({ hasText: /^CLIP$/ }).click()
  await expect(page).toHaveURL(/\/glossary\/clip$/)
  await waitForApp(page)
  await expect(page.locator('.vp-doc h1')).toContainText('CLIP')
})

test('a new deployment shows "内容已更新，点击刷新" and switches only when the reader accepts', async ({ browser }) => {
  const port = await freePort()
  server = await startVercelServer(OUTPUT_DIRECTORY, { port })
  const page = await openInstalled(browser, server.origin, '/glossary/clip')
  const OLD = '要让 AI 作画，先要让程序“听懂”你的指令，比如'
  const NEW = '（新版）要让 AI 作画，先要让程序“听懂”你的指令，比如'
  await expect(page.locator('.vp-doc')).toContainText(OLD)

  // The same origin now serves a deployment whose /glossary/clip says something else.
  const next = changedDeployment('glossary/clip.html', OLD, NEW)
  try {
    await server.close()
    server = await startVercelServer(next, { port })
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()))
    // Announced: the text arrives in the live region, and the button is on screen.
    const refresh = page.getByRole('button', { name: '点击刷新' })
    await expect(refresh).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('status')).toContainText('内容已更新，点击刷新')
    // Not before the reader says so: a reload still shows the saved page, and the prompt again.
    await page.reload()
    await waitForApp(page)
    await expect(page.locator('.vp-doc')).toContainText(OLD)
    await expect(refresh).toBeVisible({ timeout: 30_000 })
    // From the keyboard: the button takes focus and Enter.
    await refresh.focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('.vp-doc')).toContainText(NEW, { timeout: 30_000 })
    await expect(page.getByRole('button', { name: '点击刷新' })).toHaveCount(0)
  } finally {
    rmSync(next, { recursive: true, force: true })
  }
})

/**
 * A copy of the build with `file`'s text changed and its precache revision updated in the worker, as the next
 * build would write it (Workbox revisions are MD5 hashes of the file).
 */
function changedDeployment(file: string, from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aidraw-next-deploy-'))
  cpSync(OUTPUT_DIRECTORY, dir, { recursive: true })
  const html = readFileSync(join(dir, file), 'utf8')
  expect(html).toContain(from)
  const changed = html.replace(from, to)
  writeFileSync(join(dir, file), changed)
  const sw = readFileSync(join(dir, SERVICE_WORKER_FILE), 'utf8')
  // Workbox's injectManifest writes each entry as JSON with sorted keys: {"revision":"…","url":"…"}.
  const entry = new RegExp(`("revision":")[0-9a-f]+(","url":"${file}")`)
  expect(sw).toMatch(entry)
  writeFileSync(join(dir, SERVICE_WORKER_FILE), sw.replace(entry, `$1${createHash('md5').update(changed).digest('hex')}$2`))
  return dir
}
