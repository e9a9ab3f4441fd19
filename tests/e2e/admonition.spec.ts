// MkDocs admonitions as a reader sees them: coloured boxes in light and dark, `???` blocks that open by mouse and keyboard.
import type { Locator, Page } from '@playwright/test'
import { ADMONITION_TYPES } from '../../docs/.vitepress/markdown/admonition-types.ts'
import { DESKTOP_ONLY, expect, test } from './support.ts'

const GALLERY = '/contributing/admonitions'
const NATIVE = new Set(['info', 'tip', 'warning', 'danger'])
const TRANSPARENT = 'rgba(0, 0, 0, 0)'

async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('vitepress-theme-appearance', t), theme)
}

function style(locator: Locator, property: string, pseudo?: string): Promise<string> {
  return locator.evaluate(
    (el, [prop, pseudoElement]) => getComputedStyle(el, pseudoElement ?? null).getPropertyValue(prop!),
    [property, pseudo] as const,
  )
}

test('the NAI-leak report renders as an info box with a bold title', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page, errors } = reader
  await page.goto('/guide/sd-and-nai')
  const box = page.locator('.vp-doc .custom-block.info.admonition-info')
  await expect(box).toHaveCount(1)
  await expect(box.locator('.custom-block-title strong')).toHaveText('事件报告')
  await expect(box.locator('p:not(.custom-block-title)')).toHaveCount(2)
  await expect(box).toContainText('泄露 Part 1')
  await expect(box).toContainText('泄露 Part 2')
  await expect(box).not.toContainText('!!!')
  expect(await style(box, 'background-color')).not.toBe(TRANSPARENT)
  expect(errors).toEqual([])
})

for (const theme of ['light', 'dark'] as const) {
  test(`every type is a coloured box in ${theme} mode`, async ({ reader, isMobile }) => {
    test.skip(isMobile, DESKTOP_ONLY)
    const { page, errors } = reader
    await useTheme(page, theme)
    await page.goto(GALLERY)
    await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)

    const colours = new Map<string, string>()
    for (const type of ADMONITION_TYPES) {
      const box = page.locator(`.vp-doc div.admonition-${type}`).first()
      await expect(box, type).toBeVisible()
      const background = await style(box, 'background-color')
      expect(background, type).not.toBe(TRANSPARENT)
      colours.set(type, background)
      if (!NATIVE.has(type)) {
        // MkDocs-only types carry an icon in front of their title.
        const title = box.locator('> .custom-block-title')
        expect(await style(title, 'mask-image', '::before'), type).toContain('data:image/svg+xml')
        expect(await style(title, 'background-color', '::before'), type).not.toBe(TRANSPARENT)
      }
    }
    // Distinct colours: a reader can tell the types apart (quote and info are both neutral greys).
    expect(new Set(colours.values()).size).toBeGreaterThanOrEqual(ADMONITION_TYPES.length - 1)
    expect(errors).toEqual([])
  })
}

test('!!! info looks exactly like VitePress’s ::: info', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto(GALLERY)
  const native = page.locator('.vp-doc div.custom-block.info:not(.admonition)').last()
  const ours = page.locator('.vp-doc div.custom-block.admonition-info').last()
  for (const property of ['background-color', 'border-color', 'color', 'padding', 'border-radius', 'font-size']) {
    expect(await style(ours, property), property).toBe(await style(native, property))
  }
})

test('??? opens and closes on click; ???+ starts open', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto(GALLERY)
  const collapsed = page.locator('details.admonition-question').first()
  const body = collapsed.getByText('--no-half-vae')
  await expect(collapsed).not.toHaveAttribute('open')
  await expect(body).toBeHidden()
  await collapsed.locator('> summary').click()
  await expect(collapsed).toHaveAttribute('open')
  await expect(body).toBeVisible()
  await collapsed.locator('> summary').click()
  await expect(body).toBeHidden()

  const open = page.locator('details.admonition-example').first()
  await expect(open).toHaveAttribute('open')
  await expect(open.getByText('一打开页面就是展开的')).toBeVisible()
})

test('??? opens with Enter and Space on its summary', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto(GALLERY)
  const details = page.locator('details.admonition-question').first()
  const summary = details.locator('> summary')
  await summary.focus()
  await expect(summary).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(details).toHaveAttribute('open')
  await page.keyboard.press('Space')
  await expect(details).not.toHaveAttribute('open')
  await page.keyboard.press('Space')
  await expect(details).toHaveAttribute('open')
})

test('nested and list-item admonitions keep their structure', async ({ reader, isMobile }) => {
  test.skip(isMobile, DESKTOP_ONLY)
  const { page } = reader
  await page.goto(GALLERY)
  const third = page.locator('div.admonition-note > div.admonition-tip > details.admonition-danger')
  await expect(third).toHaveCount(1)
  await third.locator('> summary').click()
  await expect(third.getByText('第三层的正文。')).toBeVisible()
  await expect(page.locator('.vp-doc ol > li > div.admonition-warning')).toContainText('Microsoft Store')
  await expect(page.locator('.vp-doc blockquote > div.admonition-quote')).toContainText('能跑就行')
})
