// Line breaking on a share card, measured with the card font: wrapped, then ellipsised between characters, never clipped.
import { beforeAll, describe, expect, it } from 'vitest'
import { type CardFonts, loadCardFonts } from '../../docs/.vitepress/share-card/fonts.ts'
import { ELLIPSIS, splitGraphemes, wrapText } from '../../docs/.vitepress/share-card/layout.ts'
import { TEXT_STYLES } from '../../docs/.vitepress/share-card/render.ts'

const LONG_CHINESE = '稳定扩散模型与 NovelAI 泄漏事件的来龙去脉：从模型下载、哈希校验、显存设置到提示词写法，以及社区里常说的炼丹、炸炉、废丹分别是什么意思，新人第一次上手时最容易踩的坑都在这里'
const LONG_WORD = 'Supercalifragilisticexpialidocious-stable-diffusion-webui-extension-repository-name'
const MAX_WIDTH = 1056

let fonts: CardFonts
beforeAll(async () => {
  fonts = await loadCardFonts(LONG_CHINESE + LONG_WORD + ELLIPSIS + '短标题 一二三四五，六七八（九）')
}, 120_000)

const title = TEXT_STYLES.title
const measureTitle = (s: string) => fonts.measure(s, title.size, title.weight)
const wrapTitle = (text: string) => wrapText(text, { maxWidth: MAX_WIDTH, maxLines: title.maxLines, measure: measureTitle })

/** What the lines show of the text, ellipsis and line ends taken out (spaces at a break are not drawn). */
const shown = (lines: string[]) => lines.join('').replace(ELLIPSIS, '').replace(/\s/g, '')

describe('wrapping a card title', () => {
  it('keeps a short title on one line, as written', () => {
    expect(wrapTitle('短标题')).toEqual({ lines: ['短标题'], truncated: false })
  })

  it('wraps a very long Chinese title into the allowed lines, then ends it with an ellipsis that fits', () => {
    const { lines, truncated } = wrapTitle(LONG_CHINESE)
    expect(truncated).toBe(true)
    expect(lines).toHaveLength(title.maxLines)
    for (const line of lines) expect(measureTitle(line)).toBeLessThanOrEqual(MAX_WIDTH)
    expect(lines.at(-1)!.endsWith(ELLIPSIS)).toBe(true)
    // Whole characters only: what is drawn is the start of the title, character for character.
    expect(LONG_CHINESE.replace(/\s/g, '').startsWith(shown(lines))).toBe(true)
    // Each line but the last is full: the next character would not have fitted.
    for (let i = 0; i < lines.length - 1; i++) {
      const next = shown(lines.slice(0, i + 1)).length
      expect(measureTitle(lines[i]! + LONG_CHINESE.replace(/\s/g, '')[next])).toBeGreaterThan(MAX_WIDTH * 0.9)
    }
  })

  it('cuts a Latin word wider than the card between letters, every line within the width', () => {
    const text = `${LONG_WORD}${LONG_WORD}`
    const { lines } = wrapTitle(text)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(measureTitle(line)).toBeLessThanOrEqual(MAX_WIDTH)
    expect(text.startsWith(shown(lines))).toBe(true)
  })

  it('breaks Latin text at spaces when the words fit', () => {
    const { lines } = wrapText('alpha beta gamma delta', { maxWidth: 100, maxLines: 5, measure: (s) => s.length * 10 })
    expect(lines).toEqual(['alpha beta', 'gamma', 'delta'])
  })

  it('never starts a line with a closing mark such as ， or ）', () => {
    const measure = (s: string) => splitGraphemes(s).length * 10
    for (let width = 30; width <= 120; width += 10) {
      const { lines } = wrapText('一二三四五，六七八（九）十。', { maxWidth: width, maxLines: 20, measure })
      for (const line of lines.slice(1)) expect(line, `width ${width}: ${lines.join('|')}`).not.toMatch(/^[，。）]/)
      expect(lines.join('')).toBe('一二三四五，六七八（九）十。')
    }
  })

  it('keeps a character made of several code points whole when it ellipsises', () => {
    const family = '👨‍👩‍👧'
    const measure = (s: string) => splitGraphemes(s).length * 10
    const { lines } = wrapText(family.repeat(10), { maxWidth: 50, maxLines: 1, measure })
    expect(lines).toEqual([family.repeat(4) + ELLIPSIS])
  })
})
