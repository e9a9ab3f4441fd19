// Printed pages (docs/public/print.css): the text without the site's chrome, `???` blocks open, every tab under its
// label, external addresses after their links, images inside the page, CJK line breaking left to the browser.
import type { Locator, Page } from '@playwright/test'
import { DESKTOP_ONLY, expect, test } from './support.ts'

/** Print media from now on, once the print stylesheet (fetched at idle priority) has arrived. */
async function printMedia(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/print.css') && sheet.media.mediaText === 'print' && sheet.cssRules.length > 0),
  )
  await page.emulateMedia({ media: 'print' })
}

function afterContent(link: Locator): Promise<string> {
  return link.evaluate((el) => getComputedStyle(el, '::after').content)
}

/** Whether the element is rendered: not display:none, nor inside a closed <details> or a hidden panel. */
function rendered(el: Locator): Promise<boolean> {
  return el.evaluate((node) => node.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }))
}

const CHROME = {
  'nav bar and search': '.VPNav',
  sidebar: '.VPSidebar',
  outline: '.VPDoc .aside',
  'mirror banner': '.mirror-switcher',
  'edit link': '.VPDocFooter .edit-link',
  'previous / next': '.VPDocFooter .prev-next',
}

test('the site chrome is on screen and not on paper; the text takes the paper width', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page, errors } = reader
  await page.goto('/contributing/admonitions')
  for (const [what, selector] of Object.entries(CHROME)) await expect(page.locator(selector).first(), what).toBeVisible()
  const screenWidth = await page.locator('.vp-doc').evaluate((el) => el.getBoundingClientRect().width)

  await printMedia(page)
  for (const [what, selector] of Object.entries(CHROME)) await expect(page.locator(selector).first(), what).toBeHidden()
  // The licence notice under the text is content, not chrome.
  await expect(page.locator('.VPDocFooter')).toBeVisible()
  const { doc, viewport } = await page.evaluate(() => ({ doc: document.querySelector('.vp-doc')!.getBoundingClientRect(), viewport: innerWidth }))
  expect(doc.width).toBeGreaterThan(screenWidth)
  expect(doc.width).toBeGreaterThan(viewport * 0.9)
  expect(doc.left).toBeLessThan(viewport * 0.05)
  expect(errors).toEqual([])
})

test('glossary tooltips are not printed and glossary links get no address', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto('/guide/sd-and-nai')
  const term = page.locator('.vp-doc .glossary-term').first()
  await term.locator('.glossary-link').hover()
  await expect(term.locator('.glossary-tooltip')).toBeVisible()
  await printMedia(page)
  await expect(term.locator('.glossary-tooltip')).toBeHidden()
  expect(await afterContent(term.locator('.glossary-link'))).not.toContain('(')
})

test('`???` blocks print open, and stay closed on screen', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto('/contributing/admonitions')
  const bodies = page.locator('.vp-doc details:not([open]) > :not(summary)')
  const count = await bodies.count()
  expect(count).toBeGreaterThan(0)
  for (let i = 0; i < count; i++) expect(await rendered(bodies.nth(i)), `closed block ${i + 1} on screen`).toBe(false)
  await printMedia(page)
  for (let i = 0; i < count; i++) {
    expect(await rendered(bodies.nth(i)), `closed block ${i + 1} on paper`).toBe(true)
    expect((await bodies.nth(i).boundingBox())?.height ?? 0).toBeGreaterThan(0)
  }
})

test('every tab prints under its own label, one after another', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto('/contributing/mkdocs')
  const sets = page.locator('.vp-doc .tabbed-set')
  expect(await sets.count()).toBeGreaterThan(0)
  await printMedia(page)
  for (const set of await sets.all()) {
    const labels = set.locator('.tabbed-label')
    const panels = set.locator('> .tabbed-block')
    const n = await labels.count()
    expect(n).toBeGreaterThan(1)
    await expect(panels).toHaveCount(n)
    let previousBottom = -Infinity
    for (let i = 0; i < n; i++) {
      const label = labels.nth(i)
      const panel = page.locator(`[id="${await label.getAttribute('aria-controls')}"]`)
      await expect(label).toBeVisible()
      expect((await label.innerText()).trim().length).toBeGreaterThan(0)
      await expect(panel).toBeVisible()
      const [l, p] = [(await label.boundingBox())!, (await panel.boundingBox())!]
      // The label sits right above its own panel, below the previous panel.
      expect(l.y, `label ${i + 1}`).toBeGreaterThanOrEqual(previousBottom - 1)
      expect(p.y, `panel ${i + 1}`).toBeGreaterThanOrEqual(l.y + l.height - 1)
      previousBottom = p.y + p.height
    }
  }
})

test('external links print their address after the text, unless the text is the address', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto('/guide/community')
  const external = page.locator('.vp-doc a[href^="http"]:not(.url-text)')
  expect(await external.count()).toBeGreaterThan(0)
  const before = await afterContent(external.first())
  await printMedia(page)
  for (const link of await external.all()) {
    const href = (await link.getAttribute('href'))!
    expect(await afterContent(link), href).toBe(`" (${href})"`)
  }
  expect(before).not.toContain('http')

  await page.goto('/guide/mirrors')
  const selfNamed = page.locator('.vp-doc a.url-text')
  expect(await selfNamed.count()).toBeGreaterThan(0)
  await printMedia(page)
  for (const link of await selfNamed.all()) {
    expect(await link.innerText()).toContain((await link.getAttribute('href'))!.replace(/\/$/, ''))
    expect(await afterContent(link)).not.toContain('http')
  }
})

for (const width of [1280, 600]) {
  test(`images stay inside the printed text, ${width} px wide`, async ({ reader, isMobile }) => {
    test.skip(isMobile, DESKTOP_ONLY)
    const { page } = reader
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/glossary/ldm')
    await printMedia(page)
    const { content, images } = await page.evaluate(() => ({
      content: document.querySelector('.vp-doc')!.getBoundingClientRect().right,
      images: [...document.querySelectorAll<HTMLImageElement>('.vp-doc img')]
        .filter((img) => img.checkVisibility())
        .map((img) => ({ src: img.src, right: img.getBoundingClientRect().right, width: img.getBoundingClientRect().width })),
    }))
    expect(images.length).toBeGreaterThan(0)
    for (const image of images) {
      expect(image.width, image.src).toBeGreaterThan(0)
      expect(image.right, image.src).toBeLessThanOrEqual(content + 0.5)
    }
  })
}

test('Chinese prose breaks by the strict CJK rules, never anywhere in a word', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto('/guide/community')
  await printMedia(page)
  const paragraph = page.locator('.vp-doc p').first()
  const style = await paragraph.evaluate((el) => {
    const s = getComputedStyle(el)
    return { wordBreak: s.wordBreak, lineBreak: s.lineBreak }
  })
  expect(style.wordBreak).not.toBe('break-all')
  expect(style.wordBreak).not.toBe('keep-all')
  expect(style.lineBreak).toBe('strict')
})
