// SWC's minifier runs on the chunks of a page's first load only (docs/.vitepress/config/minify-first-load.ts).
import type { RenderedChunk } from 'rollup'
import type { ConfigEnv, UserConfig } from 'vite'
import { describe, expect, it } from 'vitest'
import { minifyFirstLoad } from '../../docs/.vitepress/config/minify-first-load.ts'

const CODE = 'export function add(first, second) { const total = first + second; return total }\n'

async function render(name: string, ssr = false, code = CODE): Promise<string | null> {
  const plugin = minifyFirstLoad()
  // Vite leaves a plugin out of a build whose `apply` says no, as VitePress's server build does with this one.
  const apply = plugin.apply as (config: UserConfig, env: ConfigEnv) => boolean
  if (!apply({}, { command: 'build', mode: 'production', isSsrBuild: ssr })) return null
  const hook = plugin.renderChunk as { handler: (code: string, chunk: RenderedChunk) => Promise<{ code: string } | null> }
  const result = await hook.handler(code, { name } as RenderedChunk)
  return result?.code ?? null
}

describe('minifyFirstLoad', () => {
  it('minifies the framework, theme, entry and document-parts chunks of the client build', async () => {
    for (const name of ['framework', 'theme', 'app', 'doc-parts']) {
      const code = await render(name)
      expect(code, name).not.toBeNull()
      expect(code!.length, name).toBeLessThan(CODE.length)
      expect(code, name).not.toContain('total')
    }
  })

  it('leaves page chunks, the search box and the server build to esbuild', async () => {
    expect(await render('guide_sd-and-nai.md')).toBeNull()
    expect(await render('VPLocalSearchBox')).toBeNull()
    expect(await render('framework', true)).toBeNull()
  })

  it("keeps a bare property read: that is how Vue's computed and watchers subscribe to a ref", async () => {
    const code = await render('framework', false, 'export function touch(ref) { ref.value; return 1 }\n')
    expect(code).toMatch(/\.value\b/)
  })
})
