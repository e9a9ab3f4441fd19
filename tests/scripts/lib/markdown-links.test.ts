// Finding links in Markdown sources at the right line and column: body, raw HTML, frontmatter, includes.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { findIncludes, findMarkdownLinks, findPageSourceLinks } from '../../../scripts/lib/markdown-links.ts'

// Columns count UTF-16 code units, as editors do for CJK text: `看 [一](./a)` has `./a` at column 7.
const brief = (links: ReturnType<typeof findMarkdownLinks>) => links.map((l) => `${l.line}:${l.col} ${l.kind} ${l.written}`)

describe('findMarkdownLinks', () => {
  it('places links, images and the same URL twice in a paragraph at their own columns', () => {
    const md = ['# 标题', '', '看 [一](./a) 和 [二](./a)，', '还有 ![图](/img/x.png "标题")。'].join('\n')
    expect(brief(findMarkdownLinks(md, 'x.md'))).toEqual(['3:7 link ./a', '3:18 link ./a', '4:9 image /img/x.png'])
  })

  it('gives the readable spelling of a Chinese anchor, and the encoded href VitePress renders', () => {
    const [link] = findMarkdownLinks('见 [潜在空间](./clip#潜在空间)。', 'x.md')
    expect(link).toMatchObject({ line: 1, col: 10, written: './clip#潜在空间', url: './clip#%E6%BD%9C%E5%9C%A8%E7%A9%BA%E9%97%B4' })
  })

  it('reads raw HTML in blocks and inline, one link per srcset candidate', () => {
    const md = [
      '<figure>',
      '  <img src="/a.png" srcset="/a.png 1x, /a@2x.png 2x" alt="图">',
      '</figure>',
      '',
      '文字 <a href="/b?x=1&amp;y=2">链接</a>',
    ].join('\n')
    expect(brief(findMarkdownLinks(md, 'x.md'))).toEqual([
      '2:13 html /a.png',
      '2:29 html /a.png',
      '2:40 html /a@2x.png',
      '5:13 html /b?x=1&amp;y=2',
    ])
  })

  it('finds reference-style links at their definition and bare URLs (linkify)', () => {
    const md = ['见 [文档][doc] 或 https://example.com/x 。', '', '[doc]: https://example.com/doc'].join('\n')
    expect(brief(findMarkdownLinks(md, 'x.md'))).toEqual(['3:8 link https://example.com/doc', '1:15 link https://example.com/x'])
  })

  it('ignores URLs inside code and reads hero and feature links from frontmatter', () => {
    const md = ['---', 'hero:', '  actions:', '    - link: /guide/', "      image: { src: '/x.png' }", 'features:', '  - link: "./a"', '---', '', '```', '[不是链接](./no)', '```'].join('\n')
    expect(brief(findMarkdownLinks(md, 'x.md'))).toEqual(['4:13 frontmatter /guide/', '7:12 frontmatter ./a'])
  })

  it('keeps line numbers of the file when a slice of it is read (includes)', () => {
    const links = findMarkdownLinks('[x](./y)', 'inc.md', { lineOffset: 4, frontmatter: false })
    expect(brief(links)).toEqual(['5:5 link ./y'])
  })
})

describe('findMarkdownLinks reads the site grammar (our plugins on VitePress options)', () => {
  it('finds links in admonition, details and tab bodies, and titles, at the file’s own columns', () => {
    const md = [
      '!!! note "见 [说明](./a)"', //        1
      '    正文 [链接](./b)。', //            2
      '', //                                 3
      '???+ tip', //                         4
      '    ![图](/c.png)', //                5
      '', //                                 6
      '=== "Windows"', //                    7
      '', //                                 8
      '    下载 <a href="/d">安装包</a>', //  9
      '', //                                 10
      '=== "Linux"', //                      11
      '    [脚本](./e)', //                  12
    ].join('\n')
    expect(brief(findMarkdownLinks(md, 'x.md'))).toEqual([
      '1:18 link ./a',
      '2:13 link ./b',
      '5:10 image /c.png',
      '9:17 html /d',
      '12:10 link ./e',
    ])
  })

  it('finds links in nested admonitions inside list items and in lists inside admonitions', () => {
    const md = [
      '1. 安装', //                                  1
      '', //                                         2
      '    !!! warning', //                          3
      '        看 [这里](./a)', //                   4
      '', //                                         5
      '        ??? note "细节"', //                  6
      '            ![示意](./b.png)', //             7
      '', //                                         8
      '!!! tip', //                                  9
      '    - 第一步 [链接](./c)', //                 10
      '    - 第二步', //                             11
      '', //                                         12
      '        !!! note', //                         13
      '            <img src="/d.png" alt="图">', //  14
    ].join('\n')
    expect(brief(findMarkdownLinks(md, 'x.md'))).toEqual(['4:16 link ./a', '7:19 image ./b.png', '10:16 link ./c', '14:23 html /d.png'])
  })

  it('reads footnote continuations and <div markdown> as the site does (footnotes last, as rendered)', () => {
    const md = ['正文[^1]', '', '[^1]: 第一行', '', '    ![图](/f.png)', '', '<div markdown>', '', '[内部](./g)', '', '</div>'].join('\n')
    expect(brief(findMarkdownLinks(md, 'x.md'))).toEqual(['9:6 link ./g', '5:10 image /f.png'])
  })

  it('finds nothing where the site shows code: under a header it keeps as text, or in a fence', () => {
    const md = ['=== 没有引号', '', '    [代码](./a)', '', '```md', '!!! note', '    [代码](./b)', '```'].join('\n')
    expect(brief(findMarkdownLinks(md, 'x.md'))).toEqual([])
  })
})

describe('includes', () => {
  it('parses VitePress include markers with ranges and regions', () => {
    expect(findIncludes('<!--@include: ../../LICENSE.md{3,}-->\n<!-- @include: ./a.md{2,5} -->\n<!--@include: @/b.md#intro-->')).toEqual([
      { path: '../../LICENSE.md', slice: { start: 3 } },
      { path: './a.md', slice: { start: 2, end: 5 } },
      { path: '@/b.md', slice: { region: 'intro' } },
    ])
  })

  it('reports links of an included file in that file, at its own lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-links-'))
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
    mkdirSync(join(dir, 'about'))
    writeFileSync(join(dir, 'about/license.md'), '# 许可证\n\n<!--@include: ../shared.md{3,}-->\n\n[回首页](/)\n')
    writeFileSync(join(dir, 'shared.md'), '[不包含](./skip)\n第二行\n## 正文\n\n见 [条款](/terms)。\n')
    const { files, links } = await findPageSourceLinks(join(dir, 'about/license.md'), dir)
    expect(files).toEqual([join(dir, 'about/license.md'), join(dir, 'shared.md')])
    expect(links.map((l) => `${l.file.slice(dir.length + 1)}:${l.line}:${l.col} ${l.written}`)).toEqual([
      'about/license.md:5:7 /',
      'shared.md:5:8 /terms',
    ])
  })
})
