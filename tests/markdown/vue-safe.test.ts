// vue-safe as markdown-it rules: raw HTML read tag by tag, nesting checked on the tokens, Vue's compiler only for `vue: true` pages.
import { fileURLToPath } from 'node:url'
import MarkdownIt from 'markdown-it'
import { createMarkdownRenderer, type MarkdownRenderer } from 'vitepress'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { shared } from '../../docs/.vitepress/config/shared.ts'
import { scanHtml } from '../../docs/.vitepress/markdown/html-scan.ts'
import { mkdocsRenderer } from './mkdocs-renderer.ts'

const page = { path: `${process.cwd()}/docs/guide/x.md`, relativePath: 'guide/x.md' }
const NESTING_HINT = 'raw HTML tags must open and close inside the same block; close the tag, or write &lt; for a literal <'

describe('raw HTML, tag by tag (html-scan.ts)', () => {
  it('finds tags, their attributes and the text between, as written', () => {
    const html = `<span v-if="a" :title='t' class=b hidden>{{x}}</span><br/>`
    const pieces = scanHtml(html).map((piece) =>
      piece.kind === 'text'
        ? ['text', html.slice(piece.start, piece.end)]
        : [piece.closing ? 'close' : piece.selfClosing ? 'self' : 'open', html.slice(piece.start, piece.end), piece.attributes.map((a) => html.slice(a.start, a.end))],
    )
    expect(pieces).toEqual([
      ['open', `<span v-if="a" :title='t' class=b hidden>`, ['v-if="a"', ":title='t'", 'class=b', 'hidden']],
      ['text', '{{x}}'],
      ['close', '</span>', []],
      ['self', '<br/>', []],
    ])
  })

  it('marks script and style content as raw and leaves comments out', () => {
    const html = '<!-- {{c}} --><style>a{}</style><script>if (a</b) {}</script>t'
    const texts = scanHtml(html).flatMap((piece) => (piece.kind === 'text' ? [[html.slice(piece.start, piece.end), piece.raw]] : []))
    expect(texts).toEqual([
      ['a{}', true],
      ['if (a</b) {}', true],
      ['t', false],
    ])
  })
})

describe('markdown-it rules, no patched render', () => {
  it('leaves md.render as markdown-it has it', () => {
    const { md } = mkdocsRenderer()
    expect(md.render).toBe(MarkdownIt.prototype.render)
  })

  it('names the line of a tag inside a paragraph of several lines', () => {
    const { md, warnings } = mkdocsRenderer()
    md.render('第一行\n第二行 <span\nclass="a" v-on:click="x">三</span>\n第四行 <lora>\n', page)
    expect(warnings).toEqual([
      '[vue-safe] docs/guide/x.md:2: <span> attribute v-on:click would be a Vue directive, so it is dropped — add `vue: true` to the front matter if it is meant for Vue',
      '[vue-safe] docs/guide/x.md:4: <lora> is not an HTML element or a registered component, so it is shown as text — put it in `backticks` to say so, or add `vue: true` to the front matter if it is a component the page imports',
    ])
  })
})

describe('raw tags that do not nest, found on the tokens', () => {
  it('a tag crossing Markdown emphasis', () => {
    const { md, warnings } = mkdocsRenderer()
    md.render('标题\n\n**粗 <span>体** 后</span>\n', page)
    expect(warnings).toEqual([
      `[vue-safe] docs/guide/x.md:3: Vue cannot compile this page: Element is missing end tag. (<span>) — ${NESTING_HINT}`,
      `[vue-safe] docs/guide/x.md:3: Vue cannot compile this page: Invalid end tag. (</span>) — ${NESTING_HINT}`,
    ])
  })

  it('a tag left open at the end of the page, inside a raw HTML block', () => {
    const { md, warnings } = mkdocsRenderer()
    md.render('段落\n\n<div class="a">\n<section>\n</div>\n', page)
    expect(warnings).toEqual([`[vue-safe] docs/guide/x.md:4: Vue cannot compile this page: Element is missing end tag. (<section>) — ${NESTING_HINT}`])
  })

  it('accepts an element opened and closed around Markdown, void elements and self-closing tags', () => {
    const { md, warnings } = mkdocsRenderer()
    md.render('<details>\n<summary>展开</summary>\n\n**正文** <br> <img src="a.png"> <GlossaryTerm entry="x" href="/x" />\n\n</details>\n', page)
    expect(warnings).toEqual([])
  })
})

describe('inside VitePress', () => {
  let md: MarkdownRenderer
  const DOCS = fileURLToPath(new URL('../../docs', import.meta.url))

  beforeAll(async () => {
    md = await createMarkdownRenderer(DOCS, shared.markdown)
  })

  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('a line starting with an unknown tag does not interrupt a paragraph', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(md.render('第一行\n<balabala> 第二行\n', { frontmatter: { glossary: false } })).toBe('<p>第一行\n&lt;balabala&gt; 第二行</p>\n')
  })

  it('a `vue: true` page is compiled by Vue once, and its error names the line of the file', () => {
    const warnings: string[] = []
    vi.spyOn(console, 'warn').mockImplementation((message: string) => warnings.push(message))
    const path = `${DOCS}/guide/vue-page.md`
    const html = md.render('---\ntitle: Vue\nvue: true\n---\n\n# {{ $frontmatter.title }}\n\n<div class="a">\n\n开\n', { path, relativePath: 'guide/vue-page.md' })
    expect(html).toContain('<div class="a">')
    expect(warnings.filter((w) => w.startsWith('[vue-safe]'))).toEqual([
      '[vue-safe] docs/guide/vue-page.md:8: Vue cannot compile this page: Element is missing end tag. (<div class="a">) — check the template syntax on this line',
    ])
  })
})
