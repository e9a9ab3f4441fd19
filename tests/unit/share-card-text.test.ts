// What a share card says: title and description, a glossary term and its summary, and the fallbacks that warn with file:line.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectGlossary } from '../../docs/.vitepress/glossary/collect.ts'
import { listMarkdownFiles, sourcePath } from '../../docs/.vitepress/pages.ts'
import { readText } from '../../docs/.vitepress/text.ts'
import { cardPageFromSource, cardText, firstParagraph, GLOSSARY_LABEL } from '../../docs/.vitepress/share-card/card-text.ts'

const FIXTURES = join(import.meta.dirname, '../fixtures/share-card')
const fixture = (name: string) => cardPageFromSource(`tests/fixtures/share-card/${name}`, readText(join(FIXTURES, name)))
const page = (path: string) => cardPageFromSource(path, readText(path))

describe('the card of a page', () => {
  it('shows the title and description of the front matter, with no warning', () => {
    const { text, title, warnings } = cardText(page('docs/guide/mirrors.md'), 'AiDraw')
    expect(text).toEqual({ title: '分流地址', description: '本指南的访问地址：Vercel 域名（国内不可用）与别名域名（国内可用）。', label: '' })
    expect(title).toBe('分流地址')
    expect(warnings).toEqual([])
  })

  it('shows a glossary term with its one-line summary from the glossary model', () => {
    const entry = collectGlossary().find((e) => e.page === 'glossary/clip.md' && e.kind === 'page')!
    const { text, warnings } = cardText(page('docs/glossary/clip.md'), 'AiDraw', entry)
    expect(text).toEqual({ title: entry.term, description: entry.summary, label: GLOSSARY_LABEL })
    expect(warnings).toEqual([])
  })

  it('explains a term by its summary even when the page has a description, which stays the og:description', () => {
    const entry = collectGlossary().find((e) => e.page === 'glossary/jargon.md' && e.kind === 'page')!
    const jargon = page('docs/glossary/jargon.md')
    const { text, description } = cardText(jargon, 'AiDraw', entry)
    expect(text.description).toBe(entry.summary)
    expect(description).toBe(jargon.description)
    expect(description).not.toBe(entry.summary)
  })

  it('names the page title beside the label when it differs from the term', () => {
    const entry = { ...collectGlossary().find((e) => e.page === 'glossary/clip.md' && e.kind === 'page')!, term: 'CLIP 模型' }
    expect(cardText(page('docs/glossary/clip.md'), 'AiDraw', entry).text.label).toBe(`${GLOSSARY_LABEL} · CLIP`)
  })

  it('calls the home page by its title template, as the browser tab does', () => {
    const { text, title } = cardText(page('docs/index.md'), 'AiDraw')
    expect(title).toBe('AiDraw — 写给新人的 AI 绘画指南')
    expect(text.title).toBe(title)
  })

  it('falls back on the first paragraph for a page without a description, and warns with file:line', () => {
    const { text, warnings } = cardText(fixture('no-description.md'), 'AiDraw')
    expect(text.description).toBe('这一段是第一段，加粗的文字和 代码 都算在内， 换行也一样。')
    expect(warnings).toEqual([expect.stringMatching(/^tests\/fixtures\/share-card\/no-description\.md:2: .*first paragraph \(line 8\).*description:/)])
  })

  it('falls back on the site name for a page without a title, and warns with file:line', () => {
    const { text, title, warnings } = cardText(fixture('no-title.md'), 'AiDraw')
    expect(text.title).toBe('AiDraw')
    expect(title).toBe('AiDraw')
    expect(text.description).toBe('这一页没有标题，也没有一级标题。')
    expect(warnings).toEqual([expect.stringMatching(/^tests\/fixtures\/share-card\/no-title\.md:1: .*no title.*title:/)])
  })

  it('still gives a page with neither title, description nor paragraph a card, with both warnings', () => {
    const { text, warnings } = cardText(fixture('empty.md'), 'AiDraw')
    expect(text).toEqual({ title: 'AiDraw', description: '', label: '' })
    expect(warnings).toHaveLength(2)
    expect(warnings[1]).toMatch(/^tests\/fixtures\/share-card\/empty\.md:1: .*no text/)
  })

  it('reads the first paragraph below headings, lists and code, counting lines from the top of the file', () => {
    const source = '---\ntitle: x\n---\n\n# 标题\n\n- 列表\n\n```\n代码块\n```\n\n正文 [链接](./a) 与 <span>HTML</span>。\n'
    expect(firstParagraph(source)).toEqual({ text: '正文 链接 与 HTML。', line: 13 })
  })

  it('gives every page of the guide a title and a description without falling back', () => {
    const glossary = collectGlossary()
    for (const file of listMarkdownFiles('docs')) {
      const relative = sourcePath('docs', file)
      const entry = glossary.find((e) => e.kind === 'page' && e.page === relative)
      const { text, warnings } = cardText(page(file), 'AiDraw', entry)
      expect(warnings, file).toEqual([])
      expect(text.title.length, file).toBeGreaterThan(0)
      expect(text.description.length, file).toBeGreaterThan(0)
    }
  })
})
