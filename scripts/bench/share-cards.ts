// `npm run bench:share-cards`: the build time the share cards add for today's site, on a cold and on a warm cache.
//
// Usage: npm run bench:share-cards [-- --runs 3]
// Each measurement is a fresh Node process, as a build is: it imports the share-card code (satori, sharp, HarfBuzz),
// makes every page's card text and key, and writes the cards into a temporary folder. Cold runs start from an empty
// cache folder, warm runs reuse the one the cold run before them filled; the two alternate, so load changes hit both.
// Prints a table; BENCHMARKS.md's "Share cards (issue 17)" section is written by hand from it.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadAverage, machineLine, median, ROOT } from './benchmarks-file.ts'
import { benchArgs } from './bench-args.ts'

const values = benchArgs('bench:share-cards', { runs: { type: 'string', default: '3' }, child: { type: 'string' } })

interface Measured {
  /**
   * Loading the share-card modules as the config does (satori, sharp and the font tools load later, only when a card
   * is drawn). Not counted: it is mostly tsx compiling modules a build bundles with the config and loads anyway.
   */
  importMs: number
  /** CPU time (user + system, all threads) of the counted part: wall time stretches with load, this much less. */
  cpuMs: number
  textMs: number
  writeMs: number
  rendered: number
  cached: number
}

if (values.child) {
  // One build's worth of share-card work, timed from inside the process.
  const [cacheDir, outDir] = values.child.split(',') as [string, string]
  let t = performance.now()
  const { siteCardJobs } = await import('../../docs/.vitepress/share-card/site-cards.ts')
  const { writeCards } = await import('../../docs/.vitepress/share-card/cards.ts')
  const { cardSite } = await import('../../docs/.vitepress/share-card/vitepress.ts')
  const { siteUrl } = await import('../../docs/.vitepress/site.ts')
  const importMs = performance.now() - t
  t = performance.now()
  const cpu = process.cpuUsage()
  const site = cardSite('AiDraw', siteUrl())
  const jobs = siteCardJobs(join(ROOT, 'docs'), site)
  const textMs = performance.now() - t
  t = performance.now()
  const counts = await writeCards(jobs, { outDir, cacheDir, site })
  const writeMs = performance.now() - t
  const used = process.cpuUsage(cpu)
  console.log(JSON.stringify({ importMs, cpuMs: (used.user + used.system) / 1000, textMs, writeMs, ...counts } satisfies Measured))
} else {
  const started = new Date()
  const self = fileURLToPath(import.meta.url)
  const runs = Number(values.runs)
  const results: Record<'cold' | 'warm', (Measured & { load: string })[]> = { cold: [], warm: [] }
  for (let i = 0; i < runs; i++) {
    const cacheDir = mkdtempSync(join(tmpdir(), 'share-card-cache-'))
    for (const kind of ['cold', 'warm'] as const) {
      const outDir = mkdtempSync(join(tmpdir(), 'share-card-out-'))
      const load = loadAverage()
      const output = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', `${cacheDir},${outDir}`], { cwd: ROOT, encoding: 'utf8' })
      results[kind].push({ ...(JSON.parse(output.trim().split('\n').at(-1)!) as Measured), load })
      rmSync(outDir, { recursive: true, force: true })
    }
    rmSync(cacheDir, { recursive: true, force: true })
  }
  const s = (ms: number) => (ms / 1000).toFixed(2)
  console.log(machineLine(started))
  console.log('| cache | cards drawn / copied | card texts and keys | write cards | total added (each run) | CPU time | load average per run | not counted: load modules (tsx) |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const kind of ['cold', 'warm'] as const) {
    const r = results[kind]
    const total = r.map((m) => m.textMs + m.writeMs)
    console.log(
      `| ${kind} | ${r[0]!.rendered} / ${r[0]!.cached} | ${s(median(r.map((m) => m.textMs)))} s | ${s(median(r.map((m) => m.writeMs)))} s | ` +
        `**${s(median(total))} s** (${total.map(s).join(', ')}) | ${s(median(r.map((m) => m.cpuMs)))} s | ${r.map((m) => m.load).join(', ')} | ` +
        `${s(median(r.map((m) => m.importMs)))} s |`,
    )
  }
}
