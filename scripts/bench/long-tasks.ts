// `npm run bench:long-tasks`: blocking time without Lighthouse's simulation. Chromium at 4× CPU slowdown with a phone
// viewport loads each page; the result is the sum over the main thread's long tasks after the first paint of their
// time beyond 50 ms (what TBT counts), one line per task. Several builds are run alternating, so load cancels out.
//
// Usage: npm run bench:long-tasks [-- --dist docs/.vitepress/dist --dist /tmp/other-build --runs 5 --pages /,/glossary/jargon --trace]
// With --trace, each run also records a Chromium performance trace and lists what ran inside each long task.
import { chromium, type Browser } from '@playwright/test'
import { loadAverage } from './benchmarks-file.ts'
import { benchArgs } from './bench-args.ts'
import { longTaskBreakdown, type TraceEvent } from './trace-tasks.ts'
import { CHROMIUM_PATH, DEFAULT_DIST, requireBuiltSite } from './site-pages.ts'
import { OFFLINE_CHROMIUM_ARGS } from '../lib/chromium.ts'
import { startVercelServer, type VercelServer } from '../lib/vercel-server.ts'

const SLOWDOWN = 4
const PHONE = { width: 412, height: 823 }
// After the load event: long enough for idle-time work (VitePress's prefetch, the PWA) to run and be counted.
const SETTLE_MS = 3000

interface Run {
  blocking: number
  tasks: { start: number; duration: number }[]
  fcp: number
  breakdown?: string[]
}

async function measure(browser: Browser, url: string, trace: boolean): Promise<Run> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2.625 })
  const page = await context.newPage()
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = []
    Object.assign(window, { benchLongTasks: tasks })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN })
  if (trace) await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'loading', 'v8.execute'] })
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForTimeout(SETTLE_MS)
  const measured = await page.evaluate(() => ({
    tasks: (window as unknown as { benchLongTasks: { start: number; duration: number }[] }).benchLongTasks,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
  }))
  let breakdown: string[] | undefined
  if (trace) {
    const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents
    breakdown = longTaskBreakdown(events)
  }
  await context.close()
  const after = measured.tasks.filter((task) => task.start >= measured.fcp)
  return { ...measured, tasks: after, blocking: after.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0), breakdown }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

async function main(): Promise<void> {
  const values = benchArgs('bench:long-tasks', {
    dist: { type: 'string', multiple: true, default: [DEFAULT_DIST] },
    runs: { type: 'string', default: '5' },
    pages: { type: 'string', default: '/,/glossary/jargon,/guide/sd-and-nai' },
    trace: { type: 'boolean', default: false },
  })
  const dists = values.dist
  for (const dist of dists) requireBuiltSite(dist)
  const runs = Number(values.runs)
  const servers: VercelServer[] = []
  for (const dist of dists) servers.push(await startVercelServer(dist))
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: OFFLINE_CHROMIUM_ARGS })
  const results = new Map<string, number[]>()
  try {
    for (const path of values.pages.split(',')) {
      for (let run = 0; run < runs; run++) {
        for (const [index, server] of servers.entries()) {
          const load = loadAverage()
          const result = await measure(browser, server.origin + path, values.trace)
          const key = `${path}\t${dists[index]}`
          results.set(key, [...(results.get(key) ?? []), result.blocking])
          const tasks = result.tasks.map((task) => `${Math.round(task.start)}+${Math.round(task.duration)}`).join(' ')
          process.stdout.write(`${path} ${dists[index]} run ${run + 1}: ${Math.round(result.blocking)} ms beyond 50 (FCP ${Math.round(result.fcp)} ms; tasks ${tasks || 'none'}) load ${load}\n`)
          for (const line of result.breakdown ?? []) process.stdout.write(`    ${line}\n`)
        }
      }
    }
  } finally {
    await browser.close()
    await Promise.all(servers.map((server) => server.close()))
  }
  process.stdout.write('\nmedian blocking time after FCP (ms):\n')
  for (const [key, blocking] of results) process.stdout.write(`${key}\t${Math.round(median(blocking))}\t(${blocking.map(Math.round).join(', ')})\n`)
}

await main()
