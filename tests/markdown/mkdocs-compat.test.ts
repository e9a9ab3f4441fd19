// Fixture and warning tests for the MkDocs-compatibility plugins (tabs, footnotes, attr_list, md_in_html, Vue-safe text) on plain markdown-it.
import { existsSync } from 'node:fs'
import MarkdownIt from 'markdown-it'
import { fileURLToPath } from 'node:url'
import { compileTemplate } from 'vue/compiler-sfc'
import { describe, expect, it } from 'vitest'
import { parseAttrList } from '../../docs/.vitepress/markdown/attr-list.ts'
import { parseTabHeader } from '../../docs/.vitepress/markdown/tabs.ts'
import { useSitePlugins } from '../../docs/.vitepress/markdown/index.ts'
import { escapeMustaches } from '../../docs/.vitepress/markdown/vue-safe.ts'
import { GLOBAL_COMPONENTS } from '../../docs/.vitepress/theme/components.ts'
import { readFixtures } from './fixtures.ts'
import { MKDOCS_FIXTURES, mkdocsRenderer } from './mkdocs-renderer.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

for (const name of MKDOCS_FIXTURES) {
  describe(`fixtures/${name}.txt`, () => {
    const { md } = mkdocsRenderer()
    const fixtures = readFixtures(here(`./fixtures/${name}.txt`))

    it('holds at least 12 cases', () => {
      expect(fixtures.length).toBeGreaterThanOrEqual(12)
    })

    for (const fixture of fixtures) {
      it(`${fixture.line}: ${fixture.title}`, () => {
        expect(md.render(fixture.input)).toBe(fixture.expected)
      })
    }

    // What VitePress does with a page: compile it as a Vue template. None of these may fail.
    it('every expected output compiles as a Vue template without errors', () => {
      const failures = fixtures.flatMap((fixture) => {
        const { errors } = compileTemplate({ source: fixture.expected, filename: `${name}.md`, id: 'fixture' })
        // <style> in a template is Vue's warning about side effects; VitePress lifts it out of the page first.
        const real = errors.map(String).filter((e) => !/side effect/.test(e))
        return real.length > 0 ? [`${fixture.line} ${fixture.title}: ${real.join('; ')}`] : []
      })
      expect(failures).toEqual([])
    })
  })
}

describe('tab headers', () => {
  it.each([
    ['=== "Windows"', { newSet: false, selected: false, title: 'Windows' }],
    ['===! "新的一组"', { newSet: true, selected: false, title: '新的一组' }],
    ['===+ "选中"', { newSet: false, selected: true, title: '选中' }],
    ['===!+ "两者"', { newSet: true, selected: true, title: '两者' }],
    ['===   "空格"   ', { newSet: false, selected: false, title: '空格' }],
    ['=== ""', { newSet: false, selected: false, title: '' }],
    ['=== "a "b" c"', { newSet: false, selected: false, title: 'a "b" c' }],
  ])('%s', (line, expected) => {
    expect(parseTabHeader(line)).toEqual(expected)
  })

  it.each(['==="A"', '=== A', '=== “全角”', '== "A"', '===+! "A"', '=== "A" x'])('rejects %s', (line) => {
    expect(parseTabHeader(line)).toBeUndefined()
  })
})

describe('attribute lists', () => {
  it.each([
    ['#id .a .b', [['id', 'id'], ['class', 'a b']]],
    ['align=left loading=lazy', [['align', 'left'], ['loading', 'lazy']]],
    ['title="两个 词" data-x=\'y z\'', [['title', '两个 词'], ['data-x', 'y z']]],
    ['word', [['word', 'word']]],
    ['.a =x .b', [['class', 'a']]],
  ])('%s', (list, expected) => {
    expect(parseAttrList(list)).toEqual(expected)
  })
})

describe('Vue-safe text', () => {
  it('escapes runs of two or more braces and nothing else', () => {
    expect(escapeMustaches('{a} {{b}} {{{c}}} }} {')).toBe('{a} &#123;&#123;b&#125;&#125; &#123;&#123;&#123;c&#125;&#125;&#125; &#125;&#125; {')
  })

  it('leaves a page with front matter `vue: true` to Vue', () => {
    const { md, warnings } = mkdocsRenderer()
    const env = { frontmatter: { vue: true } }
    expect(md.render('{{ $frontmatter.title }} <MyWidget /> `{{x}}`\n', env)).toBe('<p>{{ $frontmatter.title }} <MyWidget /> <code>{{x}}</code></p>\n')
    expect(warnings).toEqual([])
  })

  it('keeps the components the theme registers (theme/components.ts), each a component file of the theme', () => {
    expect(GLOBAL_COMPONENTS).toEqual(expect.arrayContaining(['GlossaryTerm', 'GlossaryIndex']))
    const warnings: string[] = []
    const md = useSitePlugins(new MarkdownIt({ html: true }), { components: GLOBAL_COMPONENTS, warn: (m) => warnings.push(m) })
    for (const name of GLOBAL_COMPONENTS) {
      expect(existsSync(here(`../../docs/.vitepress/theme/components/${name}.vue`))).toBe(true)
      expect(md.render(`文字 <${name} />\n`)).toBe(`<p>文字 <${name} /></p>\n`)
    }
    expect(md.render('文字 <GlossaryTermX />\n')).toBe('<p>文字 &lt;GlossaryTermX /&gt;</p>\n')
    expect(warnings).toHaveLength(1)
  })

  it('keeps kebab-case names of registered components', () => {
    const { md } = mkdocsRenderer()
    expect(md.render('<glossary-term entry="x" href="/x">词</glossary-term>\n')).toBe(
      '<p><glossary-term entry="x" href="/x">词</glossary-term></p>\n',
    )
  })
})

describe('build-time warnings name file:line and what to change', () => {
  const page = { path: `${process.cwd()}/docs/guide/x.md`, relativePath: 'guide/x.md' }

  it('tabs: a header that is not one', () => {
    const { md, warnings } = mkdocsRenderer()
    md.render('# 标题\n\n=== “Windows”\n    内容\n', page)
    expect(warnings).toEqual([
      '[tabs] docs/guide/x.md:3: not a tab header, kept as text: === “Windows” — write === "标题" with ASCII double quotes',
    ])
  })

  it('tabs: a header where Python-Markdown reads text (extra leading spaces, list-item text), kept as text', () => {
    const { md, warnings } = mkdocsRenderer()
    const html = md.render(' === "A"\n    甲\n\n- 安装\n\n  === "B"\n\n      乙\n', page)
    expect(html).not.toContain('tabbed-set')
    expect(warnings).toEqual([
      '[tabs] docs/guide/x.md:1: `=== "A"` has 1 leading space more than its surroundings, so Python-Markdown shows it as text (kept as text) — start it at column 1',
      '[tabs] docs/guide/x.md:6: `=== "B"` is indented 2 spaces, too few for a block in the list item, so Python-Markdown ends the list and shows it as text (kept as text) — indent it 4 spaces to put it in the list item, or 0 to put it after the list',
    ])
  })

  it('tabs: an empty title', () => {
    const { md, warnings } = mkdocsRenderer()
    md.render('=== ""\n    a\n', page)
    expect(warnings).toEqual(['[tabs] docs/guide/x.md:1: tab 1 has an empty title — write a title between the quotes'])
  })

  it('footnotes: unreferenced, undefined and duplicate, once across repeated renders', () => {
    const { md, warnings } = mkdocsRenderer()
    const source = '正文[^a][^gone]\n\n[^a]: 一\n[^a]: 二\n[^b]: 没人引用\n'
    md.render(source, page)
    md.render(source, page)
    expect(warnings).toEqual([
      '[footnotes] docs/guide/x.md:4: footnote [^a] is defined twice; the last definition is used, remove the other one',
      '[footnotes] docs/guide/x.md:5: footnote [^b] is never referenced; it is listed at the end of the page anyway — add [^b] where it belongs or delete it',
      '[footnotes] docs/guide/x.md:1: footnote reference [^gone] has no definition and is shown as text — add a line "[^gone]: …"',
    ])
  })

  it('attr-list: a list left in text, and bare words kept as text', () => {
    const { md, warnings } = mkdocsRenderer()
    md.render('段落 {: .x } 中间\n\n## 提示词 {best quality}\n', page)
    expect(warnings).toEqual([
      '[attr-list] docs/guide/x.md:1: attribute list {: .x } is not where MkDocs applies one and is shown as text — put it right after an image or link, at the end of a heading, or on its own line after a paragraph',
      '[attr-list] docs/guide/x.md:3: {best quality} is kept as text, where MkDocs would turn it into the attributes best, quality — write it as { .class }, { #id } or { key=value } if you meant attributes',
    ])
  })

  it('md-in-html: no closing tag', () => {
    const { md, warnings } = mkdocsRenderer()
    md.render('\n<div markdown>\n**x**\n', page)
    expect(warnings[0]).toBe(
      '[md-in-html] docs/guide/x.md:2: <div markdown> has no </div> below it; it is closed at the end of the enclosing block — add the closing tag',
    )
  })

  it('vue-safe: unknown tags in prose and in raw HTML blocks, directives', () => {
    const { md, warnings } = mkdocsRenderer()
    md.render('第一行\n\n把 <balabala> 换掉\n\n<div>\n<lora>\n</div>\n\n<span v-if="x">y</span>\n', page)
    expect(warnings).toEqual([
      '[vue-safe] docs/guide/x.md:3: <balabala> is not an HTML element or a registered component, so it is shown as text — put it in `backticks` to say so, or add `vue: true` to the front matter if it is a component the page imports',
      '[vue-safe] docs/guide/x.md:9: <span> attribute v-if would be a Vue directive, so it is dropped — add `vue: true` to the front matter if it is meant for Vue',
      '[vue-safe] docs/guide/x.md:6: <lora> is not an HTML element or a registered component, so it is shown as text — put it in `backticks` to say so, or add `vue: true` to the front matter if it is a component the page imports',
    ])
  })

  it('vue-safe: raw HTML that does not nest is reported with its line before Vue fails', () => {
    const { md, warnings } = mkdocsRenderer()
    md.render('---\ntitle: x\n---\n\n第一段 <span class="a">开始\n\n第二段</span>\n', page)
    expect(warnings).toEqual([
      '[vue-safe] docs/guide/x.md:5: Vue cannot compile this page: Element is missing end tag. (<span class="a">) — raw HTML tags must open and close inside the same block; close the tag, or write &lt; for a literal <',
      '[vue-safe] docs/guide/x.md:7: Vue cannot compile this page: Invalid end tag. (</span>) — raw HTML tags must open and close inside the same block; close the tag, or write &lt; for a literal <',
    ])
  })

  it('stays quiet on a clean page', () => {
    const { md, warnings } = mkdocsRenderer()
    md.render('=== "A"\n    a[^1]\n\n[^1]: 注\n\n![图](a.png){ width="300" }\n\n<div markdown>\n*x* {{y}}\n</div>\n', page)
    expect(warnings).toEqual([])
  })
})
