// What Vue's taking over a server-rendered page must not change: nothing on screen moves.
import { expect, test } from './support.ts'

for (const path of ['/', '/guide/sd-and-nai', '/glossary/jargon']) {
  test(`nothing moves while ${path} hydrates`, async ({ reader }) => {
    const { page, errors, settled } = reader
    await page.addInitScript(() => {
      const shifts: string[] = []
      Object.assign(window, { layoutShifts: shifts })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
          const nodes = entry.sources.map((s) => (s.node instanceof Element ? s.node.className : s.node?.nodeName ?? '?'))
          shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${nodes.join(', ')}`)
        }
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto(path)
    await settled()
    expect(await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts)).toEqual([])
    expect(errors).toEqual([])
  })
}
