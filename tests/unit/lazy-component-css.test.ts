// The search box's and the phone menu's styles leave the site's style sheet for their own chunks
// (docs/.vitepress/config/lazy-component-css.ts).
import type { RenderedChunk } from 'rollup'
import { describe, expect, it } from 'vitest'
import { lazyComponentCss } from '../../docs/.vitepress/config/lazy-component-css.ts'

const THEME = '/node_modules/vitepress/dist/client/theme-default/components/'
const SEARCH_BOX = THEME + 'VPLocalSearchBox.vue'
const NAV_BAR = THEME + 'VPNavBar.vue'
const styleId = (file: string) => `${file}?vue&type=style&index=0&scoped=ce626c7c&lang.css`

function plugin(ssr = false) {
  const instance = lazyComponentCss()
  ;(instance.configResolved as (config: object) => void)({ build: { ssr, cssTarget: false } })
  const transform = (code: string, id: string) => (instance.transform as (code: string, id: string) => { code: string } | null)(code, id)
  const renderChunk = (chunk: Partial<RenderedChunk>) =>
    (instance.renderChunk as (this: unknown, code: string, chunk: RenderedChunk) => Promise<null>).call(
      { error: (message: string) => { throw new Error(message) } },
      '',
      { viteMetadata: { importedCss: new Set<string>(), importedAssets: new Set<string>() }, ...chunk } as RenderedChunk,
    )
  return { transform, renderChunk }
}

describe('lazyComponentCss', () => {
  it('takes the listed components\' styles out of the site CSS and names them, minified, in their chunk\'s importedCss', async () => {
    const { transform, renderChunk } = plugin()
    expect(transform('.VPLocalSearchBox[data-v-ce626c7c] {\n  position: fixed;\n}\n', styleId(SEARCH_BOX))).toEqual({ code: '', map: null })
    expect(transform('.VPNavBar { height: 64px }', styleId(NAV_BAR))).toBeNull()
    const importedCss = new Set<string>()
    await renderChunk({ name: 'VPLocalSearchBox', moduleIds: [SEARCH_BOX], viteMetadata: { importedCss, importedAssets: new Set() } })
    expect([...importedCss]).toEqual([expect.stringMatching(/^assets\/chunks\/VPLocalSearchBox\.[\w-]{8}\.css$/)])
  })

  it('stops the build, naming the component, when its code lands in another chunk than the one its styles went to', async () => {
    const { transform, renderChunk } = plugin()
    transform('.VPLocalSearchBox[data-v-ce626c7c]{position:fixed}', styleId(SEARCH_BOX))
    await expect(renderChunk({ name: 'theme', moduleIds: [NAV_BAR, SEARCH_BOX] })).rejects.toThrow(
      `${SEARCH_BOX}: bundled into chunk "theme"`,
    )
  })

  it('leaves the server build alone', () => {
    expect(plugin(true).transform('.x{}', styleId(SEARCH_BOX))).toBeNull()
  })
})
