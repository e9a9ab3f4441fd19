// A glossary page's search aliases: its term and aliases, compared by the glossary's name key.
import { describe, expect, it } from 'vitest'
import { pageDocuments } from '../../docs/.vitepress/search/page-documents.ts'

const page = (frontmatter: Record<string, unknown>) =>
  pageDocuments({ path: '/glossary/clip', html: '<h1 id="clip">CLIP</h1><p>正文</p>', frontmatter })

describe('search aliases of a glossary page', () => {
  it('are the term and the aliases, without the title itself', () => {
    expect(page({ title: 'CLIP', term: 'CLIP', aliases: ['对比语言-图像预训练'] })[0]!.aliases).toBe('对比语言-图像预训练')
  })
  it('leave out a name that differs from the title or another name only in case, width or spacing', () => {
    const docs = page({ title: 'CLIP', term: 'ＣＬＩＰ', aliases: ['clip', 'Clip  Skip', 'clip skip', '剪辑'] })
    expect(docs[0]!.aliases).toBe('Clip  Skip 剪辑')
  })
})
