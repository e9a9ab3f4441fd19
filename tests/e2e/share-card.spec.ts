// A shared link's preview: each page's Open Graph / Twitter tags name its share card, which the server sends as a 1200×630 PNG.
import sharp from 'sharp'
import { siteUrl } from '../../docs/.vitepress/site.ts'
import { DESKTOP_ONLY, expect, test } from './support.ts'

test.skip(({ isMobile }) => isMobile, DESKTOP_ONLY)

const PAGES = [
  { path: '/', title: 'AiDraw — 写给新人的 AI 绘画指南' },
  { path: '/glossary/clip', title: 'CLIP' },
  { path: '/guide/sd-and-nai', title: 'Stable Diffusion 和 NAI 关系？我该怎么办？' },
]

for (const { path, title } of PAGES) {
  test(`${path} names its share card in the head, and the card is a 1200×630 PNG of at most 80 KB`, async ({ page, baseURL }) => {
    await page.goto(path)
    const meta = async (attribute: 'property' | 'name', key: string) => {
      const tags = page.locator(`head meta[${attribute}="${key}"]`)
      await expect(tags, `${key} once`).toHaveCount(1)
      return (await tags.getAttribute('content')) ?? ''
    }
    expect(await meta('property', 'og:title')).toBe(title)
    expect((await meta('property', 'og:description')).length).toBeGreaterThan(5)
    expect(await meta('property', 'og:locale')).toBe('zh_CN')
    expect(await meta('name', 'twitter:card')).toBe('summary_large_image')
    expect(await meta('property', 'og:image:width')).toBe('1200')
    expect(await meta('property', 'og:image:height')).toBe('630')

    // An absolute URL on this build's site; the preview server serves the same path.
    const image = await meta('property', 'og:image')
    expect(image.startsWith(siteUrl() + '/share-cards/')).toBe(true)
    const response = await page.request.get(new URL(new URL(image).pathname, baseURL).href)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
    const body = await response.body()
    expect(body.length).toBeLessThanOrEqual(80 * 1024)
    const { format, width, height } = await sharp(body).metadata()
    expect({ format, width, height }).toEqual({ format: 'png', width: 1200, height: 630 })
  })
}
