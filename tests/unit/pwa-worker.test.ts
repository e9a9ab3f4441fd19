// The offline worker is ours (docs/.vitepress/pwa/worker/sw.ts), built by vite-plugin-pwa's injectManifest strategy.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pwaOptions } from '../../docs/.vitepress/pwa/options.ts'
import { SERVICE_WORKER_FILE } from '../../docs/.vitepress/pwa/file-names.ts'
import { literalPrecacheEntries } from '../../docs/.vitepress/pwa/precache-literal.ts'

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

describe('the precache list in the built worker', () => {
  const entries = [
    { url: 'index.html', revision: '0123456789abcdef0123456789abcdef' },
    { url: 'assets/app.B1x_9.js', revision: null },
    { url: 'g/炼丹 "a".html', revision: 'fedcba9876543210fedcba9876543210' },
  ]
  // As Workbox's injectManifest writes it: JSON with the keys sorted.
  const injected = `x.precacheAndRoute(${JSON.stringify(entries.map(({ url, revision }) => ({ revision, url })))},{directoryIndex:"index.html"})`

  it('is written as object literals, url first, with the same entries', () => {
    const source = literalPrecacheEntries(injected, 'sw.js')
    for (const { url, revision } of entries) expect(source).toContain(`{url:${JSON.stringify(url)},revision:${JSON.stringify(revision)}}`)
    const list = source.slice(source.indexOf('(') + 1, source.lastIndexOf(',{directoryIndex'))
    expect(new Function(`return ${list}`)()).toEqual(entries)
  })

  it('stops the build, naming the file, when there is no entry in the form Workbox wrote', () => {
    expect(() => literalPrecacheEntries('x.precacheAndRoute([],{})', 'dist/sw.js')).toThrow(/^dist\/sw\.js: no precache entry/)
  })
})
