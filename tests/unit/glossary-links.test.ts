// The glossary's markdown-it rules: anchors on jargon rows, and links on the first mention of each term.
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import type { GlossaryEntry } from '../../docs/.vitepress/glossary/collect.ts'
import { termCloseHtml, termOpenHtml, withoutTooltips } from '../../docs/.vitepress/glossary/term-html.ts'
import { glossaryLinksPlugin } from '../../docs/.vitepress/markdown/glossary-links.ts'
import { jargonAnchorsPlugin } from '../../docs/.vitepress/markdown/jargon-anchors.ts'

const ENTRIES: GlossaryEntry[] = [
  { id: 'clip', kind: 'page', term: 'CLIP', names: ['CLIP', 'Clip skip'], summary: '把提示词变成数值的网络。', link: '/glossary/clip', page: 'glossary/clip.md' },
  { id: 'loss-function', kind: 'page', term: '损失函数', names: ['损失函数', 'loss', 'loss function'], summary: '衡量差距的函数。', link: '/glossary/loss-function', page: 'glossary/loss-function.md' },
  { id: 'jargon#ti', kind: 'jargon-row', term: 'ti/emb/炼丹', names: ['ti', 'emb', '炼丹'], summary: '文本反转。', link: '/glossary/jargon#ti', page: 'glossary/jargon.md' },
  { id: 'jargon#db', kind: 'jargon-row', term: 'db/梦展', names: ['db', '梦展'], summary: 'DreamBooth。', link: '/glossary/jargon#db', page: 'glossary/jargon.md' },
]

function render(
  src: string,
  env: { relativePath: string; frontmatter?: Record<string, unknown> } = { relativePath: 'guide/page.md' },
  html?: { base: string },
): string {
  const md = new MarkdownIt({ html: true })
  md.use(jargonAnchorsPlugin)
  md.use(glossaryLinksPlugin, { entries: ENTRIES, ...(html ? { html } : {}) })
  return md.render(src, { frontmatter: {}, ...env })
}

const link = (entry: string, href: string, text: string) =>
  `<GlossaryTerm entry="${entry}" href="${href}">${text}</GlossaryTerm>`

describe('glossary links', () => {
  it('links the first mention of each term in prose, and only the first', () => {
    expect(render('先学会炼丹，再说炼丹炉；CLIP 是 CLIP。')).toBe(
      `<p>先学会${link('jargon#ti', '/glossary/jargon#炼丹', '炼丹')}，再说炼丹炉；${link('clip', '/glossary/clip', 'CLIP')} 是 CLIP。</p>\n`,
    )
  })

  it('links a name written full-width, as the author wrote it (ＣＬＩＰ is CLIP, ｌｏｓｓ　ｆｕｎｃｔｉｏｎ is loss function)', () => {
    expect(render('用ＣＬＩＰ编码提示词。')).toBe(`<p>用${link('clip', '/glossary/clip', 'ＣＬＩＰ')}编码提示词。</p>\n`)
    expect(render('the ｌｏｓｓ　ｆｕｎｃｔｉｏｎ goes down')).toContain(link('loss-function', '/glossary/loss-function', 'ｌｏｓｓ　ｆｕｎｃｔｉｏｎ'))
    // Abbreviations keep their case rule across widths: a full-width lower-case ｃｌｉｐ is a video clip.
    expect(render('一段ｃｌｉｐ')).not.toContain('<GlossaryTerm')
    // A full-width Latin neighbour still makes a Latin name part of a longer word.
    expect(render('ＣＬＩＰＳ')).not.toContain('<GlossaryTerm')
  })

  it('counts every name of an entry as the same term', () => {
    const html = render('ti 也叫 emb，俗称炼丹。')
    expect(html.match(/<GlossaryTerm/g)).toHaveLength(1)
    expect(html).toContain(link('jargon#ti', '/glossary/jargon#ti', 'ti'))
  })

  it('prefers the longest name at a place', () => {
    expect(render('the loss function goes down')).toContain(link('loss-function', '/glossary/loss-function', 'loss function'))
  })

  it('skips headings, code, and text that is already a link', () => {
    const html = render('# 炼丹\n\n`炼丹` 与 [炼丹](https://example.org) 和 <a href="/x">炼丹</a>\n\n```\n炼丹\n```\n\n最后的炼丹')
    expect(html.match(/<GlossaryTerm/g)).toHaveLength(1)
    expect(html).toContain(`<p>最后的${link('jargon#ti', '/glossary/jargon#炼丹', '炼丹')}</p>`)
    expect(html).toContain('<h1>炼丹</h1>')
    expect(html).toContain('<code>炼丹</code>')
  })

  it('does not link a term the page already links to', () => {
    const html = render('CLIP 见 [这里](../glossary/clip)。炼丹见 [黑话](/glossary/jargon#炼丹)。', { relativePath: 'guide/page.md' })
    expect(html).not.toContain('<GlossaryTerm')
  })

  it('counts a link to a place on the page (`#x`) for that page alone', () => {
    // The same href on the entry's own page first: it leads there, not to every page of the folder.
    expect(render('CLIP 见 [上文](#same-place)。', { relativePath: 'glossary/clip.md' })).not.toContain('<GlossaryTerm')
    expect(render('CLIP 见 [上文](#same-place)。', { relativePath: 'glossary/other.md' })).toContain(link('clip', '/glossary/clip', 'CLIP'))
  })

  it("skips the entry's own page", () => {
    expect(render('CLIP 是一个模型，炼丹也要用它。', { relativePath: 'glossary/clip.md' })).toBe(
      `<p>CLIP 是一个模型，${link('jargon#ti', '/glossary/jargon#炼丹', '炼丹')}也要用它。</p>\n`,
    )
    expect(render('炼丹、梦展', { relativePath: 'glossary/jargon.md' })).not.toContain('<GlossaryTerm')
  })

  it('is switched off by `glossary: false`', () => {
    expect(render('炼丹', { relativePath: 'guide/page.md', frontmatter: { glossary: false } })).toBe('<p>炼丹</p>\n')
  })

  it('matches Latin names as whole words only', () => {
    expect(render('title times emb2 adb dbx')).not.toContain('<GlossaryTerm')
    expect(render('用 db 训练')).toContain(link('jargon#db', '/glossary/jargon#db', 'db'))
  })

  it('matches abbreviations in their own case, other names in any case', () => {
    expect(render('DB and Ti and clip')).not.toContain('<GlossaryTerm')
    expect(render('Loss goes down')).toContain(link('loss-function', '/glossary/loss-function', 'Loss'))
    expect(render('开启 clip Skip')).toContain(link('clip', '/glossary/clip', 'clip Skip'))
  })

  it('links inside emphasis and tables, and escapes nothing twice', () => {
    expect(render('**炼丹** & <b>x</b>')).toBe(`<p><strong>${link('jargon#ti', '/glossary/jargon#炼丹', '炼丹')}</strong> &amp; <b>x</b></p>\n`)
  })
})

describe('jargon row anchors', () => {
  const table = '| 缩写 | 解释 |\n| --- | --- |\n| NAI | Novel AI |\n| ti/emb/炼丹 | 文本反转 |\n'

  it('gives each row the id of its first name and a span id to the others, on the jargon page', () => {
    const html = render(table, { relativePath: 'glossary/jargon.md' })
    expect(html).toContain('<tr id="nai">\n<td>NAI</td>')
    expect(html).toContain('<tr id="ti">\n<td><span id="emb"></span><span id="炼丹"></span>ti/emb/炼丹</td>')
    // The header row is not a jargon row.
    expect(html).toContain('<tr>\n<th>缩写</th>')
  })

  it('leaves the text of the first column as it was', () => {
    const html = render(table, { relativePath: 'glossary/jargon.md' })
    const cells = [...html.matchAll(/<tr[^>]*>\n<td>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''))
    expect(cells).toEqual(['NAI', 'ti/emb/炼丹'])
  })

  it('touches no table on other pages', () => {
    expect(render(table, { relativePath: 'guide/page.md' })).not.toMatch(/<tr id=|<span id=/)
  })
})

describe('glossary links as HTML (the site build: pages stay static for Vue)', () => {
  const entry = (id: string) => ENTRIES.find((e) => e.id === id)!
  const term = (id: string, href: string, text: string, n: number) =>
    termOpenHtml(href, `glossary-tip-${n}`) + text + termCloseHtml(entry(id), `glossary-tip-${n}`)

  it('writes the same mentions as the component form, each with its tooltip and an id counted from the top of the page', () => {
    const src = '先学会炼丹，再说炼丹炉；CLIP 是 CLIP。'
    const html = render(src, undefined, { base: '/' })
    expect(html).toBe(`<p>先学会${term('jargon#ti', '/glossary/jargon#炼丹', '炼丹', 1)}，再说炼丹炉；${term('clip', '/glossary/clip', 'CLIP', 2)} 是 CLIP。</p>\n`)
    // The same page rendered again (VitePress renders each page twice: for the page and for search) gets the same ids.
    expect(render(src, undefined, { base: '/' })).toBe(html)
    expect(html).not.toContain('<GlossaryTerm')
  })

  it('puts the tooltip after the link, with the entry\'s term and summary escaped', () => {
    const html = render('CLIP', undefined, { base: '/' })
    expect(html).toContain('<a class="glossary-link" href="/glossary/clip" aria-describedby="glossary-tip-1">CLIP</a>')
    expect(html).toContain('<span id="glossary-tip-1" class="glossary-tooltip"><strong class="glossary-tooltip-term">CLIP</strong>')
    // Vue's static stringifier does not know `role`: the browser adds it (glossary/tooltips.ts).
    expect(html).not.toContain('role=')
    expect(termCloseHtml({ term: 'a<b', summary: '"x" & y' }, 't')).toContain('a&lt;b</strong><span class="glossary-tooltip-summary">&quot;x&quot; &amp; y</span>')
  })

  it('adds the site base to the link, as the component did with withBase', () => {
    expect(render('炼丹', undefined, { base: '/aidraw/' })).toContain('href="/aidraw/glossary/jargon#炼丹"')
  })

  it('leaves out the tooltips for the search index, and nothing else', () => {
    const html = render('先学会炼丹；CLIP 是网络。', undefined, { base: '/' })
    // termCloseHtml is `</a>` + the tooltip + `</span>` (the end of the term).
    const tooltip = (id: string, n: number) => termCloseHtml(entry(id), `glossary-tip-${n}`).slice('</a>'.length, -'</span>'.length)
    expect(html).toContain(tooltip('clip', 2))
    expect(withoutTooltips(html)).toBe(html.replace(tooltip('jargon#ti', 1), '').replace(tooltip('clip', 2), ''))
    expect(withoutTooltips(html)).not.toContain('把提示词变成数值的网络')
  })
})
