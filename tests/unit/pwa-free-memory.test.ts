// The full collection before Workbox's step of the build (docs/.vitepress/pwa/free-memory.ts), wired into the PWA options.
import { describe, expect, it } from 'vitest'
import { collectGarbage } from '../../docs/.vitepress/pwa/free-memory.ts'
import { pwaOptions } from '../../docs/.vitepress/pwa/options.ts'

const MB = 2 ** 20

describe('collectGarbage', () => {
  it('frees unreachable old-space memory that V8 had no reason yet to collect', () => {
    collectGarbage()
    const baseline = process.memoryUsage().heapUsed
    // Large arrays go straight to old space: only a full collection frees them.
    let garbage: number[][] | undefined = Array.from({ length: 64 }, () => new Array<number>(128 * 1024).fill(1.5))
    expect(process.memoryUsage().heapUsed - baseline).toBeGreaterThan(40 * MB)
    garbage = undefined
    collectGarbage()
    expect(garbage).toBeUndefined()
    expect(process.memoryUsage().heapUsed - baseline).toBeLessThan(10 * MB)
  })

  it('runs right before Workbox generates the service worker', async () => {
    const hook = pwaOptions('/').integration?.beforeBuildServiceWorker
    expect(hook).toBeDefined()
    let garbage: number[][] | undefined = Array.from({ length: 64 }, () => new Array<number>(128 * 1024).fill(1.5))
    const before = process.memoryUsage().heapUsed
    garbage = undefined
    await hook!({} as never)
    expect(garbage).toBeUndefined()
    expect(before - process.memoryUsage().heapUsed).toBeGreaterThan(40 * MB)
  })
})
