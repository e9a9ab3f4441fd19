// Relevance: every query of queries.json finds its section in the first 3 results of the site's real index.
import { readFileSync } from 'node:fs'
import MiniSearch from 'minisearch'
import { beforeAll, describe, expect, it } from 'vitest'
import { indexOptions, type SearchDocument } from '../../docs/.vitepress/search/options.ts'
import { loadSiteSearch, searchBox, type SiteSearch } from '../../scripts/test-support/site-search.ts'

interface Query {
  query: string
  expect: string
  kind: string
}
const { queries } = JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8')) as { queries: Query[] }

let site: SiteSearch
let box: MiniSearch<SearchDocument>

beforeAll(async () => {
  site = await loadSiteSearch()
  box = searchBox(site.indexJson)
}, 120_000)

describe('the relevance set', () => {
  it('has at least 40 queries of every kind the issue names, each expecting a section that exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40)
    const kinds = new Set(queries.map((q) => q.kind.replace(/（.*）$/, '')))
    for (const kind of ['中文词', '短语', '黑话', '别名', '中英混合', '拼写错误']) expect(kinds).toContain(kind)
    const ids = new Set(site.documents.map((d) => d.id))
    expect(queries.filter((q) => !ids.has(q.expect)).map((q) => q.expect)).toEqual([])
  })

  for (const { query, expect: id } of queries) {
    it(`「${query}」 → ${id}`, () => {
      const top3 = box.search(query).slice(0, 3).map((r) => r.id)
      expect(top3).toContain(id)
    })
  }
})

describe('the index', () => {
  it('covers text before the first heading: the home page hero and features', () => {
    const home = site.documents.find((d) => d.id === '/')
    expect(home?.text).toContain('写给新人的 AI 绘画指南')
    expect(home?.text).toContain('NAI 模型泄漏事件始末')
  })

  it('has one section per jargon row, named by its first cell and found by every name in it', () => {
    const rows = site.documents.filter((d) => d.titles.at(-1) === '黑话')
    expect(rows.map((r) => r.title)).toContain('ti/emb/炼丹')
    expect(rows).toHaveLength(14)
    for (const row of rows) {
      for (const name of row.title.split('/')) {
        expect(box.search(name)[0]?.id, `${name} → ${row.id}`).toBe(row.id)
      }
    }
  })

  it('indexes glossary aliases that the page text does not contain', () => {
    const clip = site.documents.find((d) => d.id === '/glossary/clip#clip')
    expect(clip?.aliases).toContain('Clip skip')
    expect(box.search('忽略 CLIP 最后几层')[0]?.id).toBe('/glossary/clip#clip')
  })

  it('is the index the site serves, rebuilt from its sections with the shipped options', () => {
    const rebuilt = new MiniSearch<SearchDocument>(indexOptions())
    rebuilt.addAll(site.documents)
    expect(JSON.stringify(rebuilt)).toBe(site.indexJson)
  })

  it('stays under twice the size the default tokenizer gives for the same sections', () => {
    const plain = new MiniSearch<SearchDocument>({ fields: ['title', 'titles', 'text', 'aliases'], storeFields: ['title', 'titles'] })
    plain.addAll(site.documents)
    expect(site.indexJson.length).toBeLessThan(2 * JSON.stringify(plain).length)
  })
})
