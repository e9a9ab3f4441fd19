// The built guide as a reader meets it: every page, navigation, dark mode, phone width, Chinese UI.
import { existsSync, readFileSync } from 'node:fs'
import { DESKTOP_ONLY, expect, sidebarPages, test } from './support.ts'

const pages = sidebarPages()
/** The licence text as the FSF publishes it, from Debian's base-files: the page must say exactly this. */
const OFFICIAL_GFDL = '/usr/share/common-licenses/GFDL-1.3'

test('the sidebar lists every page of the guide', ({ isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const links = pages.map((p) => p.link)
  for (const link of [
    '/guide/mirrors',
    '/guide/sd-and-nai',
    '/guide/community',
    '/glossary/',
    '/glossary/jargon',
    '/glossary/loss-function',
    '/glossary/latent-space',
    '/glossary/ensd',
    '/glossary/clip',
    '/glossary/cuda',
    '/glossary/ldm',
    '/about/license',
  ]) {
    expect(links).toContain(link)
  }
})

// Each page's load, title, canonical link, errors, hosts and images (and phone width): pages.spec.ts.

test('home shows the guide, both projects and entry points', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page, errors } = reader
  await page.goto('/')
  await expect(page.locator('.VPHero .name')).toHaveText('AiDraw')
  await expect(page.locator('.VPHero .tagline')).toContainText('写给新人的话和术语解释')
  const content = page.locator('.vp-doc')
  await expect(content.getByRole('link', { name: 'Stable Diffusion WebUi' })).toHaveAttribute(
    'href',
    'https://github.com/AUTOMATIC1111/stable-diffusion-webui',
  )
  await expect(content.getByRole('link', { name: 'NovelAI' })).toHaveAttribute('href', 'https://novelai.net/')
  await expect(content).toContainText('NAI 是二次元特化版本')
  await expect(page.locator('.VPFeatures .VPFeature')).toHaveCount(4)
  expect(errors).toEqual([])
})

test('a reader clicks from home to the mirrors, then to the jargon table', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto('/')
  await page.locator('.VPHero').getByRole('link', { name: '分流地址' }).click()
  await expect(page).toHaveURL(/\/guide\/mirrors$/)
  await expect(page.locator('.vp-doc h1')).toHaveText(/分流地址/)
  const rows = page.locator('.vp-doc table tbody tr')
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: '国内可用' })).toContainText('https://draw.dianas.cyou/')
  await expect(rows.filter({ hasText: '国内不可用' })).toContainText('https://b23.ink/aibook')

  await page.goBack()
  await page.locator('.VPFeatures').getByRole('link', { name: '查术语' }).click()
  await expect(page).toHaveURL(/\/glossary\/$/)
  await expect(page.locator('.vp-doc h1')).toHaveText(/名词解释/)
  await page.locator('.vp-doc').getByRole('link', { name: '黑话', exact: true }).first().click()
  await expect(page).toHaveURL(/\/glossary\/jargon$/)
  await expect(page.locator('.vp-doc table tbody tr')).toHaveCount(14)
})

test('the nav bar leads to the glossary', async ({ reader, isMobile }) => {
  const { page } = reader
  await page.goto('/guide/mirrors')
  if (isMobile) await page.locator('.VPNavBarHamburger').click()
  const nav = isMobile ? page.locator('.VPNavScreen') : page.locator('.VPNavBar')
  await nav.getByRole('link', { name: '名词解释' }).click()
  await expect(page).toHaveURL(/\/glossary\/$/)
  await expect(page.locator('.vp-doc h1')).toHaveText(/名词解释/)
})

test('Chinese UI labels on a document page', async ({ reader, isMobile }) => {
  const { page } = reader
  await page.goto('/glossary/clip')
  await expect(page.locator('.pager-link.prev .desc')).toHaveText('上一页')
  await expect(page.locator('.pager-link.next .desc')).toHaveText('下一页')
  await expect(page.locator('.edit-link-button')).toHaveText(/在 GitHub 上编辑此页面/)
  await expect(page.locator('.edit-link-button')).toHaveAttribute('href', /\/edit\/main\/docs\/glossary\/clip\.md$/)
  await expect(page.locator('.VPLastUpdated')).toContainText('最后更新于')
  await expect(page.locator('.license-notice')).toContainText('GNU 自由文档许可证 1.3')
  await expect(page.locator('.license-notice a')).toHaveAttribute('href', '/about/license')
  if (!isMobile) {
    await expect(page.locator('.VPDocAsideOutline .outline-title')).toHaveText('页面导航')
    await expect(page.locator('.VPNavBarSearch')).toContainText('搜索文档')
  } else {
    await expect(page.locator('.VPLocalNav .menu-text')).toHaveText('菜单')
  }
})

test('the CLIP quote keeps its source link and the LDM figure its description', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto('/glossary/clip')
  const quote = page.locator('.vp-doc blockquote')
  await expect(quote).toContainText('CLIP is a very advanced neural network')
  await expect(quote.locator('a')).toHaveAttribute(
    'href',
    'https://github.com/AUTOMATIC1111/stable-diffusion-webui/wiki/Features#ignore-last-layers-of-clip-model',
  )
  await page.goto('/glossary/ldm')
  const img = page.locator('.vp-doc figure img:visible')
  const alt = (await img.getAttribute('alt')) ?? ''
  expect(alt).toContain('潜在扩散模型')
  expect(alt.length).toBeGreaterThan(20)
  // The seed's caption "右上角" now says what is there: the conditioning block.
  await expect(page.locator('.vp-doc figcaption')).toContainText('右上角：条件（Conditioning）')
})

test('the community links work without their badge images', async ({ page, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  await page.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  )
  await page.goto('/guide/community')
  await expect(page.getByRole('link', { name: 'Ai绘画中文组' })).toHaveAttribute('href', 'https://discord.gg/vhsArSSA6K')
  await expect(page.getByRole('link', { name: 'StableDiffusion_CN' })).toHaveAttribute(
    'href',
    'https://t.me/StableDiffusion_CN',
  )
})

test('the licence page renders the full GNU FDL 1.3 text', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  test.skip(!existsSync(OFFICIAL_GFDL), `compares with Debian's copy at ${OFFICIAL_GFDL} (package base-files), which CI has`)
  const { page } = reader
  await page.goto('/about/license')
  // Text of every block as a reader sees it, without heading anchors and code-block chrome.
  const text = await page.locator('.vp-doc').evaluate((doc) =>
    Array.from(doc.querySelectorAll('h2, p, pre'))
      .map((block) => {
        const copy = block.cloneNode(true) as HTMLElement
        copy.querySelectorAll('.header-anchor').forEach((el) => el.remove())
        return copy.textContent ?? ''
      })
      .join('\n'),
  )
  const norm = (s: string) => s.replace(/[<>]/g, '').replace(/\s+/g, ' ').trim()
  const official = norm(readFileSync(OFFICIAL_GFDL, 'utf8'))
  const rendered = norm(text)
  const start = rendered.indexOf('GNU Free Documentation License Version 1.3')
  expect(start, 'the licence title is on the page').toBeGreaterThan(-1)
  const shown = rendered.slice(start, start + official.length)
  // Compare word by word so a failure names the first difference instead of dumping 22 KB.
  const ours = shown.split(' ')
  const theirs = official.split(' ')
  const firstDiff = theirs.findIndex((word, i) => ours[i] !== word)
  expect(firstDiff === -1 ? null : theirs.slice(Math.max(0, firstDiff - 5), firstDiff + 5).join(' ')).toBeNull()
  expect(text).toContain('Copyright (C)  2022  StableDiffusionBook.')
})

test('an unknown URL answers 404 with the Chinese not-found page', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  const response = await page.goto('/no/such/page')
  expect(response?.status()).toBe(404)
  await expect(page.locator('.NotFound .title')).toHaveText('页面未找到')
  await expect(page.locator('.NotFound .link')).toHaveText('带我回首页')
})

test('dark mode toggles and survives a reload', async ({ reader, isMobile }) => {
  const { page } = reader
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/glossary/jargon')
  const html = page.locator('html')
  await expect(html).not.toHaveClass(/dark/)
  if (isMobile) await page.locator('.VPNavBarHamburger').click()
  const toggle = page.getByRole('switch', { name: '切换到深色模式' }).filter({ visible: true })
  await expect(toggle).toHaveCount(1)
  const rowBackground = () => page.evaluate(() => getComputedStyle(document.querySelector('.vp-doc tr')!).backgroundColor)
  const light = await rowBackground()
  await toggle.click()
  await expect(html).toHaveClass(/dark/)
  // The colours change at once, not over VitePress's 0.25–0.5 s fades (theme/appearance.ts): read two
  // frames after the switch, a table row (it fades over 0.5 s in VitePress) already has its final colour.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  const darkAtOnce = await rowBackground()
  expect(darkAtOnce).not.toBe(light)
  await page.waitForTimeout(700)
  expect(await rowBackground()).toBe(darkAtOnce)
  await page.reload()
  await expect(html).toHaveClass(/dark/)
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).not.toBe('rgb(255, 255, 255)')
})

test.describe('on a 375 px phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'phone layout only')

  test('the jargon table scrolls inside its own box', async ({ reader }) => {
    const { page } = reader
    await page.goto('/glossary/jargon')
    const table = page.locator('.vp-doc table')
    const box = await table.evaluate((el) => ({
      overflowX: getComputedStyle(el).overflowX,
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }))
    expect(box.overflowX).toBe('auto')
    expect(box.clientWidth).toBeLessThanOrEqual(375)
  })
})
