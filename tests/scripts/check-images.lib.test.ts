// The pieces of the image check: alt text judgement, host policy, images in Markdown, the CSP derived from the policy.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CSP_DIRECTIVES, IMAGE_HOSTS } from '../../docs/.vitepress/deploy/headers.ts'
import { ConfigFileError } from '../../docs/.vitepress/config-file.ts'
import { IMAGE_HOSTS_FILE, allowedImageHosts, readImageHosts } from '../../docs/.vitepress/image-hosts.ts'
import { altTextProblem } from '../../scripts/lib/alt-text.ts'
import { UsageError } from '../../scripts/lib/exit-codes.ts'
import { defaultImagePolicy, hostRuleFor, parseImagePolicy } from '../../scripts/lib/image-policy.ts'
import { findMarkdownImages } from '../../scripts/lib/markdown-images.ts'

describe('alt text', () => {
  it.each([
    ['', 'missing-alt'],
    ['   ', 'missing-alt'],
    [undefined, 'missing-alt'],
    ['？', 'meaningless-alt'],
    ['...', 'meaningless-alt'],
    ['image', 'meaningless-alt'],
    ['Image 2', 'meaningless-alt'],
    ['图片', 'meaningless-alt'],
    ['截图', 'meaningless-alt'],
    ['screenshot.png', 'meaningless-alt'],
    ['IMG_20221025_1234', 'meaningless-alt'],
    ['197823203-79263ee2-a9b3-4db7-9b7d-0ce557b94f3c', 'meaningless-alt'],
    ['cat', 'meaningless-alt'], // the file is cat.png
  ])('%j is a problem (%s)', (alt, code) => {
    expect(altTextProblem(alt, '/images/cat.png')?.code).toBe(code)
  })
  it.each(['潜在扩散模型结构图', 'Discord 徽章：Ai绘画中文组', '图 1：LDM 的结构', 'A cat on a keyboard'])('%j describes the image', (alt) => {
    expect(altTextProblem(alt, '/images/cat.png')).toBeUndefined()
  })
})

describe('host policy', () => {
  const policy = parseImagePolicy(
    {
      imageHosts: {
        'example.org': { reach: 'ok', reason: 'test' },
        'cdn.example.org': { reach: 'slow', reason: 'test' },
      },
    },
    'test.json',
  )
  const reach = (url: string) => hostRuleFor(policy, new URL(url))?.reach
  it('blocks GitHub user content, GitHub assets, shields.io and imgur by default', () => {
    expect(reach('https://raw.githubusercontent.com/a/b/main/x.png')).toBe('blocked')
    expect(reach('https://user-images.githubusercontent.com/1/2.png')).toBe('blocked')
    expect(reach('https://github.com/user-attachments/assets/0f3c')).toBe('blocked')
    expect(reach('https://github.com/owner/repo/assets/1/abc')).toBe('blocked')
    expect(reach('https://img.shields.io/badge/x-y-blue')).toBe('blocked')
    expect(reach('https://i.imgur.com/abc.png')).toBe('blocked')
  })
  it('leaves other hosts unknown, other github.com paths included', () => {
    expect(reach('https://github.com/owner/repo/blob/main/x.png')).toBeUndefined()
    expect(reach('https://example.net/x.png')).toBeUndefined()
  })
  it('covers subdomains, and the most specific entry wins', () => {
    expect(reach('https://img.example.org/x.png')).toBe('ok')
    expect(reach('https://cdn.example.org/x.png')).toBe('slow')
  })
  it('refuses a config entry without a reason or with an unknown class', () => {
    expect(() => parseImagePolicy({ imageHosts: { 'a.com': { reach: 'ok' } } }, 'c.json')).toThrow(UsageError)
    expect(() => parseImagePolicy({ imageHosts: { 'a.com': { reach: 'fast', reason: 'x' } } }, 'c.json')).toThrow(/ok, slow, blocked/)
    expect(() => parseImagePolicy({ localImages: { maxKB: -1 } }, 'c.json')).toThrow(/maxKB/)
  })
})

describe('the one image-host list', () => {
  it('is image-hosts.config.json: the checkers\' defaults are exactly its entries', () => {
    const file = JSON.parse(readFileSync(IMAGE_HOSTS_FILE, 'utf8')) as { imageHosts: Record<string, { reach: string; reason: string }> }
    const fromFile = Object.entries(file.imageHosts).map(([pattern, { reach, reason }]) => ({ pattern: pattern.toLowerCase(), reach, reason }))
    expect(defaultImagePolicy().hosts).toEqual(fromFile)
    expect(readImageHosts()).toEqual(file.imageHosts)
  })
  it('is schema-checked where the site reads it, naming the file and the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-hosts-'))
    try {
      const bad = join(dir, 'image-hosts.config.json')
      writeFileSync(bad, JSON.stringify({ imageHosts: { 'cdn.example': { reach: 'fast', reason: 'x' } } }))
      expect(() => readImageHosts(bad)).toThrow(ConfigFileError)
      expect(() => readImageHosts(bad)).toThrow(`config ${bad}: imageHosts["cdn.example"].reach: expected one of ok, slow, blocked, found "fast"`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('images in Markdown', () => {
  it('reads admonition and tab bodies as Markdown and reports the file’s own columns', () => {
    const source = ['!!! note', '', '    ![海边](/a.png)', '', '    ??? tip "嵌套"', '', '        <img src="/b.png" alt="山">', ''].join('\n')
    const images = findMarkdownImages(source, 'x.md').map((i) => [i.line, i.col, i.url, i.alt])
    expect(images).toEqual([
      [3, 11, '/a.png', '海边'],
      [7, 19, '/b.png', '山'],
    ])
  })
  it('reads open details, tabs and admonitions nested in list items with the site’s grammar', () => {
    const source = [
      '???+ example "展开"', //                          1
      '    ![甲](/a.png)', //                             2
      '', //                                              3
      '=== "浅色"', //                                    4
      '    <img src="/b.png" alt="乙">', //               5
      '=== "深色"', //                                    6
      '    ![丙](/c.png)', //                             7
      '', //                                              8
      '- 步骤', //                                        9
      '', //                                              10
      '    !!! tip', //                                   11
      '        !!! note', //                              12
      '            ![丁](/d.png)', //                     13
      '', //                                              14
      '=== 没有引号的标题不是标签页', //                  15
      '', //                                              16
      '    ![代码](/e.png)', //                           17
    ].join('\n')
    const images = findMarkdownImages(source, 'x.md').map((i) => [i.line, i.col, i.url, i.alt])
    expect(images).toEqual([
      [2, 10, '/a.png', '甲'],
      [5, 15, '/b.png', '乙'],
      [7, 10, '/c.png', '丙'],
      [13, 18, '/d.png', '丁'],
    ])
  })
  it('skips images in fenced code, and finds both candidates of a srcset', () => {
    const source = ['```md', '![](/x.png)', '```', '', '<picture><source srcset="/a.webp 1x, /a@2x.webp 2x"><img src="/a.png" alt="画板"></picture>'].join('\n')
    const images = findMarkdownImages(source, 'x.md')
    expect(images.map((i) => [i.url, i.alt])).toEqual([
      ['/a.webp', undefined],
      ['/a@2x.webp', undefined],
      ['/a.png', '画板'],
    ])
  })
  it('finds the hero image in frontmatter with its alt, in block and flow form', () => {
    const block = ['---', 'hero:', '  image:', '    src: /logo.svg', '    alt: 标志', '---', ''].join('\n')
    expect(findMarkdownImages(block, 'i.md').map((i) => [i.line, i.col, i.url, i.alt])).toEqual([[4, 10, '/logo.svg', '标志']])
    const flow = ['---', 'hero:', "  image: { src: '/logo.svg', alt: 标志 }", '---'].join('\n')
    expect(findMarkdownImages(flow, 'i.md').map((i) => [i.line, i.col, i.url, i.alt])).toEqual([[3, 18, '/logo.svg', '标志']])
  })
})

describe('the CSP img-src', () => {
  it('allows exactly the ok and slow hosts of image-hosts.config.json: none today', () => {
    const config = JSON.parse(readFileSync('image-hosts.config.json', 'utf8')) as { imageHosts: Record<string, { reach: string }> }
    expect(IMAGE_HOSTS).toEqual(allowedImageHosts(config.imageHosts))
    expect(IMAGE_HOSTS).toEqual([])
    expect(CSP_DIRECTIVES['img-src']).toEqual(["'self'", 'data:'])
  })
  it('would allow a host classed ok or slow, never a blocked one', () => {
    expect(
      allowedImageHosts({
        'a.example': { reach: 'ok' },
        'b.example': { reach: 'slow' },
        'img.shields.io': { reach: 'blocked' },
        'c.example/static/img': { reach: 'ok' },
        'github.com/*/*/assets': { reach: 'ok' },
      }),
    ).toEqual(['a.example', 'b.example', 'c.example/static/img/', 'github.com'])
  })
})
