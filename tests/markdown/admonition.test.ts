// Fixture and warning tests for the admonition plugin on plain markdown-it (exact HTML, no VitePress in the loop).
import { fileURLToPath } from 'node:url'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { admonitionPlugin, parseAdmonitionHeader } from '../../docs/.vitepress/markdown/admonition.ts'
import { readFixtures } from './fixtures.ts'

const FIXTURES = fileURLToPath(new URL('./fixtures/admonition.txt', import.meta.url))

function renderer(options: ConstructorParameters<typeof MarkdownIt>[0] = { html: true }) {
  const warnings: string[] = []
  const md = new MarkdownIt(options).use(admonitionPlugin, { warn: (message) => warnings.push(message) })
  return { md, warnings }
}

describe('fixtures/admonition.txt', () => {
  const { md } = renderer()
  const fixtures = readFixtures(FIXTURES)

  it('holds at least 40 cases', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40)
  })

  for (const fixture of fixtures) {
    it(`${fixture.line}: ${fixture.title}`, () => {
      expect(md.render(fixture.input)).toBe(fixture.expected)
    })
  }
})

describe('header parsing', () => {
  it.each([
    ['!!! note "t"', { kind: 'admonition', open: false, words: ['note'], title: 't' }],
    ['!!! note', { kind: 'admonition', open: false, words: ['note'], title: undefined }],
    ['!!! note ""', { kind: 'admonition', open: false, words: ['note'], title: '' }],
    ['!!! Note  Big   x "a "b" c"  ', { kind: 'admonition', open: false, words: ['note', 'big', 'x'], title: 'a "b" c' }],
    ['??? "t"', { kind: 'details', open: false, words: [], title: 't' }],
    ['???+ tip', { kind: 'details', open: true, words: ['tip'], title: undefined }],
    ['???+tip "x"', { kind: 'details', open: true, words: ['tip'], title: 'x' }],
  ])('%s', (line, expected) => {
    expect(parseAdmonitionHeader(line)).toEqual(expected)
  })

  it.each(['!!!', '!!!  note', '!!! "t"', '!!! note "t" x', '!!! note"t"', '???', '???"t"', '!!! a.b', '!! note'])(
    'rejects %s',
    (line) => {
      expect(parseAdmonitionHeader(line)).toBeUndefined()
    },
  )
})

describe('build-time warnings', () => {
  it('names file:line for an unknown type, once across repeated renders', () => {
    const { md, warnings } = renderer()
    const source = '# 标题\n\n!!! spoiler "剧透"\n    内容\n'
    md.render(source, { path: `${process.cwd()}/docs/guide/x.md`, relativePath: 'guide/x.md' })
    md.render(source, { path: `${process.cwd()}/docs/guide/x.md`, relativePath: 'guide/x.md' })
    expect(warnings).toEqual(['[admonition] docs/guide/x.md:3: unknown admonition type "spoiler", rendered with the neutral style'])
  })

  it('counts front matter lines, as VitePress renders the whole file', () => {
    const { md, warnings } = renderer()
    md.render('---\ntitle: x\n---\n\n!!! nope\n    x\n', { relativePath: 'a.md' })
    expect(warnings).toEqual(['[admonition] a.md:5: unknown admonition type "nope", rendered with the neutral style'])
  })

  it('points at a header it could not parse and keeps the line as text', () => {
    const { md, warnings } = renderer()
    const html = md.render('正文\n!!! note "没有闭合\n    内容\n', { relativePath: 'b.md' })
    expect(html).toBe('<p>正文\n!!! note &quot;没有闭合\n内容</p>\n')
    expect(warnings).toEqual(['[admonition] b.md:2: not a valid admonition header, kept as text: !!! note "没有闭合'])
  })

  it('stays quiet for valid blocks and for ordinary exclamations', () => {
    const { md, warnings } = renderer()
    md.render('!!! note\n    x\n\n??? tip "y"\n    z\n\n!!!!!!\n')
    expect(warnings).toEqual([])
  })

  it('warns about an empty details title, which renders an empty summary as in MkDocs', () => {
    const { md, warnings } = renderer()
    const html = md.render('# 标题\n\n??? note ""\n    内容\n', { relativePath: 'c.md' })
    expect(html).toContain('<summary></summary>')
    expect(warnings).toEqual([
      '[admonition] c.md:3: the empty title "" gives an empty <summary> (as in MkDocs), which leaves readers nothing to click — write a title between the quotes, or drop the quotes for the type\'s default title: ??? note ""',
    ])
  })

  it('warns once about a header with leading spaces, kept as text', () => {
    const { md, warnings } = renderer()
    // The paragraph rule asks about line 2 and the block parser about line 4: one warning each, said once.
    const html = md.render('段落\n  !!! note\n\n !!! tip\n    正文\n', { relativePath: 'd.md' })
    expect(html).not.toContain('admonition')
    expect(warnings).toEqual([
      '[admonition] d.md:2: `!!! note` has 2 leading spaces more than its surroundings, so Python-Markdown shows it as text (kept as text) — start it at column 1',
      '[admonition] d.md:4: `!!! tip` has 1 leading space more than its surroundings, so Python-Markdown shows it as text (kept as text) — start it at column 1',
    ])
  })

  it('warns about a header that is list-item content: at the content column, or continuing a tight item', () => {
    const { md, warnings } = renderer()
    const html = md.render('- 安装\n  !!! note\n      正文\n\n- 下载\n\n  ??? tip\n      正文\n', { relativePath: 'e.md' })
    expect(html).not.toContain('admonition')
    expect(warnings).toEqual([
      '[admonition] e.md:2: `!!! note` continues the list item\'s text on the line above, so Python-Markdown shows it as text (kept as text) — put a blank line before it and indent it 4 spaces to put it in the list item',
      '[admonition] e.md:7: `??? tip` is indented 2 spaces, too few for a block in the list item, so Python-Markdown ends the list and shows it as text (kept as text) — indent it 4 spaces to put it in the list item, or 0 to put it after the list',
    ])
  })

  it('stays quiet for blocks where Python-Markdown starts them: 4 spaces into a list item, after a list, in a blockquote', () => {
    const { md, warnings } = renderer()
    const html = md.render('1. 安装\n\n    !!! note\n        正文\n\n- 一\n!!! tip\n    正文\n\n> !!! quote\n>     正文\n')
    expect(html.match(/<div class="[^"]*admonition /g)).toHaveLength(3)
    expect(warnings).toEqual([])
  })

  it('falls back to a placeholder name without env', () => {
    const { md, warnings } = renderer()
    md.render('!!! nope\n')
    expect(warnings).toEqual(['[admonition] <markdown>:1: unknown admonition type "nope", rendered with the neutral style'])
  })
})

describe('markdown.html', () => {
  it('escapes raw HTML in bodies when html is off, as everywhere else', () => {
    const { md } = renderer({ html: false })
    expect(md.render('!!! note "T"\n    <b>x</b>\n')).toBe(
      '<div class="info custom-block admonition admonition-note"><p class="custom-block-title">T</p>\n<p>&lt;b&gt;x&lt;/b&gt;</p>\n</div>\n',
    )
  })
})

describe('tokens', () => {
  it('map the whole block and keep the header as info', () => {
    const { md } = renderer()
    const tokens = md.parse('!!! note "T"\n    a\n\n    b\n\nafter\n', {})
    const open = tokens.find((t) => t.type === 'admonition_open')!
    expect(open.map).toEqual([0, 4])
    expect(open.info).toBe('!!! note "T"')
    expect(open.markup).toBe('!!!')
    expect(tokens.at(-3)!.map).toEqual([5, 6])
  })
})
