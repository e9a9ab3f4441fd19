// The MkDocs-compatibility plugins inside VitePress's real renderer, configured as the site configures it, and every page of the guide through it.
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createMarkdownRenderer, type MarkdownRenderer } from 'vitepress'
import { compileTemplate } from 'vue/compiler-sfc'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { shared } from '../../docs/.vitepress/config/shared.ts'
import { listMarkdownFiles } from '../../docs/.vitepress/pages.ts'

const DOCS = fileURLToPath(new URL('../../docs', import.meta.url))
const env = (extra: Record<string, unknown> = {}) => ({ frontmatter: { glossary: false, ...extra } })

let md: MarkdownRenderer

beforeAll(async () => {
  md = await createMarkdownRenderer(DOCS, shared.markdown)
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('inside VitePress', () => {
  it('a line starting with an unknown tag stays a paragraph (VitePress would make it a component block)', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(md.render('<balabala> 是占位符，**换掉它**。\n', env())).toBe('<p>&lt;balabala&gt; 是占位符，<strong>换掉它</strong>。</p>\n')
  })

  it('prompt weighting at the end of a line is text, not markdown-it-attrs attributes', () => {
    expect(md.render('提示词：{masterpiece}\n\n- 1girl {best quality}\n', env())).toBe(
      '<p>提示词：{masterpiece}</p>\n<ul>\n<li>1girl {best quality}</li>\n</ul>\n',
    )
  })

  it('a heading id from an attribute list is the one the anchor links to', () => {
    expect(md.render('## 安装 { #install }\n', env())).toBe(
      '<h2 id="install" tabindex="-1">安装 <a class="header-anchor" href="#install" aria-label="Permalink to &quot;安装&quot;">&ZeroWidthSpace;</a></h2>\n',
    )
  })

  it('mustaches are escaped in text and inline code; fenced code keeps VitePress v-pre', () => {
    const html = md.render('{{{cat}}} `{{x}}`\n\n```text\n{{y}}\n```\n', env())
    expect(html).toContain('<p>&#123;&#123;&#123;cat&#125;&#125;&#125; <code>&#123;&#123;x&#125;&#125;</code></p>')
    expect(html).toContain('v-pre=""')
    expect(html).toContain('<span>{{y}}</span>')
  })

  it('registered components and VitePress components are kept', () => {
    expect(md.render('<GlossaryIndex />\n\n文字 <Badge type="tip" text="新" />\n', env())).toBe(
      // VitePress's own rule for a line holding one self-closing component: no newline after it.
      '<GlossaryIndex /><p>文字 <Badge type="tip" text="新" /></p>\n',
    )
  })

  it('front matter `vue: true` leaves the page to Vue', () => {
    expect(md.render('{{ $frontmatter.title }} <MyWidget />\n', env({ vue: true }))).toBe('<p>{{ $frontmatter.title }} <MyWidget /></p>\n')
  })

  it('warnings count the front matter lines of the file', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const path = `${DOCS}/guide/warn-mkdocs.md`
    md.render('---\ntitle: 测试\n---\n\n# 标题\n\n正文[^none]\n', { path, relativePath: 'guide/warn-mkdocs.md' })
    expect(warn).toHaveBeenCalledWith(
      '[footnotes] docs/guide/warn-mkdocs.md:7: footnote reference [^none] has no definition and is shown as text — add a line "[^none]: …"',
    )
  })
})

describe('every page of the guide', () => {
  const pages = listMarkdownFiles(DOCS)
  // The demo page shows a literal <balabala> on purpose, and that is what the warning is for.
  const EXPECTED = [/^\[vue-safe\] docs\/contributing\/mkdocs\.md:\d+: <balabala> /]

  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(10)
  })

  for (const page of pages) {
    const relativePath = relative(DOCS, page)
    it(`${relativePath} renders without MkDocs-syntax warnings and compiles as a Vue template`, () => {
      const warnings: string[] = []
      vi.spyOn(console, 'warn').mockImplementation((message: string) => warnings.push(message))
      const html = md.render(readFileSync(page, 'utf8'), { path: page, relativePath, cleanUrls: true })
      expect(warnings.filter((w) => !EXPECTED.some((re) => re.test(w)))).toEqual([])
      const { errors } = compileTemplate({ source: html, filename: relativePath, id: 'page' })
      expect(errors.map(String)).toEqual([])
    })
  }
})
