// The admonition plugin inside VitePress's real renderer (shiki, containers, emoji), configured as the site configures it.
import { fileURLToPath } from 'node:url'
import { createMarkdownRenderer, type MarkdownRenderer } from 'vitepress'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { shared } from '../../docs/.vitepress/config/shared.ts'
import { readFixtures } from './fixtures.ts'

const DOCS = fileURLToPath(new URL('../../docs', import.meta.url))
const FIXTURES = fileURLToPath(new URL('./fixtures/vitepress.txt', import.meta.url))

let md: MarkdownRenderer

// The page-level opt-out of glossary auto-links (front matter `glossary: false`): these fixtures
// are about admonition markup, not about which words the glossary links today.
const env = () => ({ frontmatter: { glossary: false } })

beforeAll(async () => {
  md = await createMarkdownRenderer(DOCS, shared.markdown)
  // Shiki loads a language's grammar on its first block, and gives up colouring a block that takes longer than
  // its time limit (500 ms): on a machine busy with other tests that first block can. Warm every fixture once.
  for (const fixture of readFixtures(FIXTURES)) md.render(fixture.input, env())
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('fixtures/vitepress.txt (site config, VitePress renderer)', () => {
  for (const fixture of readFixtures(FIXTURES)) {
    it(`${fixture.line}: ${fixture.title}`, () => {
      expect(md.render(fixture.input, env())).toBe(fixture.expected)
    })
  }
})

describe('same markup as VitePress containers', () => {
  it.each(['info', 'tip', 'warning', 'danger'])('!!! %s matches ::: %s apart from our classes', (type) => {
    const native = md.render(`::: ${type} 标题\n正文\n:::\n`, env())
    const ours = md.render(`!!! ${type} "标题"\n    正文\n`, env())
    expect(ours.replace(` admonition admonition-${type}`, '')).toBe(native)
  })

  it('??? matches ::: details apart from our classes', () => {
    const native = md.render('::: details 标题\n正文\n:::\n', env())
    const ours = md.render('??? "标题"\n    正文\n', env())
    expect(ours.replace(' admonition', '')).toBe(native)
  })
})

describe('build-time warnings through VitePress', () => {
  it('warns with the page path relative to the working directory and the source line', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const path = `${DOCS}/guide/warn-test.md`
    md.render('---\ntitle: 测试\n---\n\n# 标题\n\n!!! mystery\n    内容\n', { path, relativePath: 'guide/warn-test.md' })
    expect(warn).toHaveBeenCalledExactlyOnceWith(
      '[admonition] docs/guide/warn-test.md:7: unknown admonition type "mystery", rendered with the neutral style',
    )
  })
})
