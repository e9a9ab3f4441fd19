// The service worker is generated once per build (docs/.vitepress/pwa/one-worker.ts), on vite-plugin-pwa's real plugins.
import type { Plugin, ResolvedConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { describe, expect, it } from 'vitest'
import { PWA_BUILD_PLUGIN, oneServiceWorker } from '../../docs/.vitepress/pwa/one-worker.ts'

function resolve(plugins: Plugin[], ssr: boolean): void {
  const hook = oneServiceWorker().configResolved as (config: ResolvedConfig) => void
  hook({ build: { ssr }, plugins } as unknown as ResolvedConfig)
}

const buildPlugin = (plugins: Plugin[]) => plugins.find((p) => p.name === PWA_BUILD_PLUGIN)

describe('oneServiceWorker', () => {
  it("takes the client build's closeBundle worker off vite-plugin-pwa, and nothing else", () => {
    const plugins = VitePWA({})
    const before = plugins.map((p) => [p.name, Object.keys(p).sort()])
    expect(buildPlugin(plugins)?.closeBundle).toBeDefined()
    resolve(plugins, false)
    expect(buildPlugin(plugins)?.closeBundle).toBeUndefined()
    // The manifest is still emitted into the bundle, and every other plugin keeps its hooks.
    expect(buildPlugin(plugins)?.generateBundle).toBeDefined()
    const after = plugins.map((p) => [p.name, Object.keys(p).sort()])
    expect(after).toEqual(before.map(([name, keys]) => [name, name === PWA_BUILD_PLUGIN ? (keys as string[]).filter((k) => k !== 'closeBundle') : keys]))
  })

  it('leaves the server build alone and accepts the same plugins again (the server build shares them)', () => {
    const plugins = VitePWA({})
    resolve(plugins, true)
    expect(buildPlugin(plugins)?.closeBundle).toBeDefined()
    resolve(plugins, false)
    expect(() => resolve(plugins, false)).not.toThrow()
  })

  it('stops the build, naming itself, when vite-plugin-pwa no longer has the hook it removes', () => {
    expect(() => resolve([], false)).toThrow(/one-worker\.ts: no "vite-plugin-pwa:build" plugin with a closeBundle hook/)
  })
})
