// Drawing share cards: size and weight of the PNG, the same bytes for the same input, the cache, and the font's coverage.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { cardKey } from '../../docs/.vitepress/share-card/cache.ts'
import type { CardText } from '../../docs/.vitepress/share-card/card-text.ts'
import { type CardJob, drawnText, MissingGlyphError, writeCards } from '../../docs/.vitepress/share-card/cards.ts'
import { codePointLabel, loadCardFonts } from '../../docs/.vitepress/share-card/fonts.ts'
import { CARD_HEIGHT, CARD_WIDTH, renderCard } from '../../docs/.vitepress/share-card/render.ts'
import { siteCardJobs } from '../../docs/.vitepress/share-card/site-cards.ts'
import { cardSite } from '../../docs/.vitepress/share-card/vitepress.ts'

const SITE = cardSite('AiDraw', 'https://stable-diffusion-book.vercel.app')
const CLIP: CardText = { title: 'CLIP', description: '把提示词文本转换成数值表示的神经网络，Stable Diffusion 用它“听懂”你的指令。', label: '名词解释' }
const MIRRORS: CardText = { title: '分流地址', description: '本指南的访问地址：Vercel 域名（国内不可用）与别名域名（国内可用）。', label: '' }
const drawn = (text: CardText) => drawnText(text, SITE)

const job = (text: CardText, output: string): CardJob => ({ file: `docs/${output}.md`, text, key: cardKey(text, SITE), output: `share-cards/${output}.png` })
const tempDir = () => mkdtempSync(join(tmpdir(), 'share-card-'))

// The first card starts satori's, sharp's and HarfBuzz's WebAssembly: once, outside the tests' own time limits.
beforeAll(async () => {
  await renderCard(CLIP, SITE, await loadCardFonts(drawn(CLIP)))
}, 120_000)

describe('a share card', () => {
  it('is a 1200×630 PNG of at most 80 KB', async () => {
    const png = await renderCard(CLIP, SITE, await loadCardFonts(drawn(CLIP)))
    const meta = await sharp(png).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT])
    expect(png.length).toBeLessThanOrEqual(80 * 1024)
  })

  it('comes out byte for byte the same from the same text, whatever other cards share the font load', async () => {
    const alone = await renderCard(CLIP, SITE, await loadCardFonts(drawn(CLIP)))
    const again = await renderCard(CLIP, SITE, await loadCardFonts(drawn(CLIP)))
    const withOthers = await renderCard(CLIP, SITE, await loadCardFonts(drawn(MIRRORS) + drawn(CLIP)))
    expect(again.equals(alone)).toBe(true)
    expect(withOthers.equals(alone)).toBe(true)
    const other = await renderCard(MIRRORS, SITE, await loadCardFonts(drawn(MIRRORS)))
    expect(other.equals(alone)).toBe(false)
  })

  it('is drawn once and then copied from the cache by content hash', async () => {
    const cacheDir = tempDir()
    const jobs = [job(CLIP, 'glossary/clip'), job(MIRRORS, 'guide/mirrors')]
    const first = tempDir()
    expect(await writeCards(jobs, { outDir: first, cacheDir, site: SITE })).toEqual({ rendered: 2, cached: 0 })
    expect(readdirSync(cacheDir).sort()).toEqual(jobs.map((j) => `${j.key}.png`).sort())
    const second = tempDir()
    expect(await writeCards(jobs, { outDir: second, cacheDir, site: SITE })).toEqual({ rendered: 0, cached: 2 })
    for (const { output } of jobs) expect(readFileSync(join(second, output)).equals(readFileSync(join(first, output)))).toBe(true)
    // A changed page gets a new key, so only it is drawn again.
    const changed = job({ ...MIRRORS, description: MIRRORS.description + '两个地址内容相同。' }, 'guide/mirrors')
    expect(await writeCards([jobs[0]!, changed], { outDir: tempDir(), cacheDir, site: SITE })).toEqual({ rendered: 1, cached: 1 })
  })

  it('fails, naming the page, the character and its code point, when the font has no glyph for it', async () => {
    const outDir = tempDir()
    const jobs = [job(MIRRORS, 'guide/mirrors'), job({ ...CLIP, title: 'CLIP \u{E000}' }, 'glossary/clip')]
    const error = await writeCards(jobs, { outDir, cacheDir: tempDir(), site: SITE }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MissingGlyphError)
    expect((error as Error).message).toContain('docs/glossary/clip.md: the card font')
    expect((error as Error).message).toContain('"\u{E000}" (U+E000)')
    expect((error as Error).message).not.toContain('guide/mirrors')
    expect(existsSync(join(outDir, 'share-cards/glossary/clip.png'))).toBe(false)
  })

  it('has every character of every page of the guide in its font (no tofu)', async () => {
    const cards = siteCardJobs('docs', SITE)
    expect(cards.length).toBeGreaterThanOrEqual(16)
    const fonts = await loadCardFonts(cards.map((c) => drawn(c.text)).join(''))
    const missing = cards.flatMap(({ file, text }) => fonts.missing(drawn(text)).map((char) => `${file}: ${char} (${codePointLabel(char)})`))
    expect(missing).toEqual([])
  })
})
