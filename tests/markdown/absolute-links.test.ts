// Relative Markdown links resolved against the page's source path (markdown/absolute-links.ts).
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { absoluteLinksPlugin } from '../../docs/.vitepress/markdown/absolute-links.ts'

function render(src: string, relativePath: string): string {
  return new MarkdownIt().use(absoluteLinksPlugin).render(src, { relativePath })
}

describe('absolute links', () => {
  it('resolves a relative link against the folder of the page', () => {
    expect(render('[黑话](./jargon#炼丹)', 'glossary/index.md')).toBe('<p><a href="/glossary/jargon#%E7%82%BC%E4%B8%B9">黑话</a></p>\n')
    expect(render('[上级](../guide/)', 'glossary/clip.md')).toBe('<p><a href="/guide/">上级</a></p>\n')
  })

  it('resolves the same link the same way on every page of a folder', () => {
    expect(render('[x](../models/ldm)', 'glossary/a.md')).toContain('href="/models/ldm"')
    expect(render('[x](../models/ldm)', 'glossary/b.md')).toContain('href="/models/ldm"')
  })

  it('resolves a query-only link against the page itself, on every page', () => {
    expect(render('[x](?tab=1)', 'guide/a.md')).toContain('href="/guide/a.md?tab=1"')
    expect(render('[x](?tab=1)', 'guide/b.md')).toContain('href="/guide/b.md?tab=1"')
  })

  it('leaves absolute paths, fragments and other sites alone', () => {
    const html = render('[a](/x) [b](#y) [c](https://example.com/z) [d](mailto:a@b.c)', 'guide/a.md')
    expect(html).toContain('href="/x"')
    expect(html).toContain('href="#y"')
    expect(html).toContain('href="https://example.com/z"')
    expect(html).toContain('href="mailto:a@b.c"')
  })
})
