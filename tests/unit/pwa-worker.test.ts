// The offline worker is ours (docs/.vitepress/pwa/worker/sw.ts), built by vite-plugin-pwa's injectManifest strategy.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pwaOptions } from '../../docs/.vitepress/pwa/options.ts'
import { SERVICE_WORKER_FILE } from '../../docs/.vitepress/pwa/file-names.ts'

describe('the service worker source', () => {
  const options = pwaOptions('/')
  const source = resolve(options.srcDir!, options.filename!)

  it('is a TypeScript file the plugin writes under the name the theme registers and the headers revalidate', () => {
    expect(options.strategies).toBe('injectManifest')
    expect(existsSync(source)).toBe(true)
    // vite-plugin-pwa 1.x writes an existing `.ts` worker as the same name in `.js` (resolveSwPaths in its options).
    expect(options.filename!.replace(/\.ts$/, '.js')).toBe(SERVICE_WORKER_FILE)
  })

  it("has the injection point Workbox writes the precache list into, once", () => {
    const point = options.injectManifest?.injectionPoint ?? 'self.__WB_MANIFEST'
    expect(readFileSync(source, 'utf8').split(point)).toHaveLength(2)
  })
})
