// The seam with VitePress: the search box imports MiniSearch and loads the index in the way our Vite plugin relies on.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'
import { describe, expect, it } from 'vitest'
import ChineseMiniSearch from '../../docs/.vitepress/search/client.ts'
import { chineseLocalSearch } from '../../docs/.vitepress/search/local-search.ts'

const vitepressDir = dirname(createRequire(import.meta.url).resolve('vitepress/package.json'))
const SEARCH_BOX = join(vitepressDir, 'dist/client/theme-default/components/VPLocalSearchBox.vue')

function resolveId(plugin: Plugin, source: string, importer?: string): unknown {
  const hook = plugin.resolveId
  const fn = typeof hook === 'function' ? hook : hook?.handler
  return fn?.call({} as never, source, importer, { attributes: {}, isEntry: false } as never)
}

describe("VitePress's search box", () => {
  const source = readFileSync(SEARCH_BOX, 'utf8')

  it("imports MiniSearch's default export from 'minisearch' (the import our plugin redirects)", () => {
    expect(source).toMatch(/^import MiniSearch(, \{[^}]*\})? from 'minisearch'$/m)
  })

  it('builds its index only with MiniSearch.loadJSON (the method our class overrides)', () => {
    expect(source).toContain('MiniSearch.loadJSON<Result>(')
    expect(source).not.toMatch(/new MiniSearch\b/)
  })
})

describe('the Vite plugin', () => {
  const { plugin } = chineseLocalSearch()

  it("points the search box's minisearch import at our class", () => {
    expect(resolveId(plugin, 'minisearch', SEARCH_BOX)).toMatch(/docs\/\.vitepress\/search\/client\.ts$/)
    expect(resolveId(plugin, 'minisearch', SEARCH_BOX + '?vue&type=script&setup=true&lang.ts')).toMatch(/client\.ts$/)
  })

  it('leaves every other minisearch import alone (our class itself extends the real one)', () => {
    expect(resolveId(plugin, 'minisearch', '/work/docs/.vitepress/search/client.ts')).toBeUndefined()
    expect(resolveId(plugin, 'minisearch', undefined)).toBeUndefined()
    expect(resolveId(plugin, 'vue', SEARCH_BOX)).toBeUndefined()
  })
})

describe('our MiniSearch class', () => {
  it('reads a Chinese query with our tokenizer, even when VitePress passes its own options', async () => {
    const { default: MiniSearch } = await import('minisearch')
    const { indexOptions } = await import('../../docs/.vitepress/search/options.ts')
    const index = new MiniSearch(indexOptions())
    index.add({ id: '/a', title: '黑话', titles: [], text: '移动不需要的组件到内存来降低显存占用', aliases: '' })
    const json = JSON.stringify(index)
    const vitepressOptions = { fields: ['title', 'titles', 'text'], searchOptions: { prefix: true, fuzzy: 0.2 } }
    // The default tokenizer keeps 降低显存 as one term, which the index does not have.
    expect(MiniSearch.loadJSON(json, vitepressOptions).search('降低显存')).toHaveLength(0)
    expect(ChineseMiniSearch.loadJSON(json, vitepressOptions).search('降低显存').map((r) => r.id)).toEqual(['/a'])
  })
})

describe('the index chunk', () => {
  function load(plugin: Plugin, id: string, ssr: boolean): string {
    const hook = plugin.load
    const fn = typeof hook === 'function' ? hook : hook?.handler
    return fn?.call({} as never, id, { ssr }) as string
  }
  const markdown = { render: (src: string) => `<h1 id="t">标题</h1><p>${src}</p>` }
  function renderPage(search: ReturnType<typeof chineseLocalSearch>, relativePath: string, text: string): void {
    search.options._render!(text, { relativePath, cleanUrls: true, frontmatter: {} } as never, markdown as never)
  }

  it('is built once for the client build, follows a page rendered again, and is left out of the server bundle', () => {
    const search = chineseLocalSearch()
    renderPage(search, 'a.md', '炼丹')
    const first = load(search.plugin, '/@localSearchIndexroot', false)
    expect(first).toContain('炼丹')
    expect(load(search.plugin, '/@localSearchIndexroot', false)).toBe(first)
    // The server bundle renders pages, never the search box.
    expect(load(search.plugin, '/@localSearchIndexroot', true)).toBe("export default '{}'")
    renderPage(search, 'a.md', '显存')
    const second = load(search.plugin, '/@localSearchIndexroot', false)
    expect(second).toContain('显存')
    expect(second).not.toContain('炼丹')
  })
})
