// bench:vs-default's arithmetic and section: medians per page, ours/default ratios against issue 16's targets, the last line.
import { describe, expect, it } from 'vitest'
import type { PageRun } from '../../../scripts/bench/lighthouse.ts'
import {
  computeRatios,
  ratio,
  renderSection,
  summariseBuilds,
  summarisePage,
  TARGETS,
  verdict,
  type BuildResult,
  type PageResult,
  type Site,
} from '../../../scripts/bench/vs-default-report.ts'

function run(fcp: number, tbt: number, performance = 90, load = 1, benchmarkIndex = 1500): PageRun {
  return {
    scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
    failing: [],
    metrics: {},
    values: {
      'first-contentful-paint': fcp,
      'largest-contentful-paint': fcp + 100,
      'total-blocking-time': tbt,
      'cumulative-layout-shift': 0,
      'speed-index': fcp,
    },
    load,
    benchmarkIndex,
  }
}

function pageResult(path: string, ours: PageRun[], theirs: PageRun[], bytes: [number, number], otherHosts: string[] = []): PageResult {
  return {
    name: path,
    path,
    sites: {
      ours: { runs: ours, bytes: { servedGzip: bytes[0], filesBrotli: bytes[0] * 0.8, otherHosts } },
      default: { runs: theirs, bytes: { servedGzip: bytes[1], filesBrotli: bytes[1] * 0.8, otherHosts: [] } },
    },
  }
}

const build = (cpuSeconds: number, rssMB: number): BuildResult => ({ cpuSeconds, peakTreeRssBytes: rssMB * 2 ** 20, seconds: cpuSeconds, loads: [1] })
const BUILDS: Record<Site, BuildResult> = { ours: build(9, 300), default: build(10, 330) }

describe('medians, ratios and targets', () => {
  it('takes the median of each metric and score over the runs, separately', () => {
    const summary = summarisePage([run(1000, 300, 80), run(3000, 100, 95), run(2000, 200, 90)])
    expect(summary.metrics['first-contentful-paint']).toBe(2000)
    expect(summary.metrics['total-blocking-time']).toBe(200)
    expect(summary.scores.performance).toBe(90)
    expect(summarisePage([run(1000, 0), run(2000, 50)]).metrics['first-contentful-paint']).toBe(1500)
  })

  it('takes the median CPU and wall time of a site\'s builds and the largest peak RSS', () => {
    const builds = summariseBuilds([
      { cpuSeconds: 12, peakTreeRssBytes: 300, seconds: 20, load: 3 },
      { cpuSeconds: 9, peakTreeRssBytes: 500, seconds: 30, load: 2 },
      { cpuSeconds: 10, peakTreeRssBytes: 400, seconds: 10, load: 1 },
    ])
    expect(builds).toEqual({ cpuSeconds: 10, peakTreeRssBytes: 500, seconds: 20, loads: [3, 2, 1] })
  })

  it('divides ours by default, with no ratio when default is 0, and calls a target met at or below it', () => {
    expect(ratio(1, 4)).toBe(0.25)
    expect(ratio(1, 0)).toBeNaN()
    expect(verdict(0.75, TARGETS.fcpEachPage)).toBe('met')
    expect(verdict(0.76, TARGETS.fcpEachPage)).toBe('missed')
    expect(verdict(NaN, 1)).toBe('n/a')
  })

  it('sums the medians over the pages for TBT and bytes, judges FCP page by page', () => {
    const pages = [
      pageResult('/', [run(700, 50)], [run(1000, 100)], [50_000, 100_000]),
      pageResult('/b', [run(900, 50)], [run(1000, 100)], [50_000, 100_000]),
    ]
    const r = computeRatios(pages, BUILDS)
    expect(r.fcpByPage).toEqual([0.7, 0.9])
    expect(r.fcp).toBeCloseTo(1600 / 2000)
    // One page over 0.75 is enough to miss, although the sum (0.8) is what a summed target would read.
    expect(r.verdicts.fcp).toBe('missed')
    expect(r.tbt).toBe(0.5)
    expect(r.verdicts.tbt).toBe('met')
    expect(r.firstLoad).toBe(0.5)
    expect(r.verdicts.firstLoad).toBe('met')
    expect(r.buildCpu).toBeCloseTo(0.9)
    expect(r.buildRss).toBeCloseTo(300 / 330)
    expect(r.verdicts.buildCpu).toBe('met')
  })

  it('misses the first-load target when one of our pages asks another host, however small it is', () => {
    const pages = [pageResult('/', [run(700, 50)], [run(1000, 100)], [10_000, 100_000], ['fonts.example'])]
    const r = computeRatios(pages, BUILDS)
    expect(r.firstLoad).toBe(0.1)
    expect(r.ourOtherHosts).toBe(1)
    expect(r.verdicts.firstLoad).toBe('missed')
  })
})

describe('the BENCHMARKS.md section', () => {
  const pages = [
    pageResult('/', [run(1200, 40, 99, 2.5, 1400), run(1100, 60)], [run(1600, 150, 94, 2.6, 1380), run(1700, 170)], [80 * 1024, 150 * 1024]),
    pageResult('/glossary/clip', [run(1300, 70)], [run(1650, 160)], [81 * 1024, 151 * 1024]),
  ]
  const section = renderSection(pages, { ours: build(11, 400), default: build(10, 330) }, {
    machine: 'Run 2026-12-03 07:00 UTC · load average 1.0 at start',
    loadAtEnd: '1.2',
    vitepressVersion: '1.6.4',
    lighthouseVersion: '12.8.2',
    runs: 2,
    included: ['index.md', 'glossary/clip.md'],
    leftOut: [{ file: 'glossary/index.md', reason: 'our component `<GlossaryIndex>`' }],
  })
  const lines = section.split('\n')

  it('has one row per page with ours / default', () => {
    const row = lines.find((l) => l.startsWith('| `/glossary/clip` |'))!
    expect(row).toContain('81.0 / 151.0')
    expect(row).toContain('1.30 s / 1.65 s')
    expect(row).toContain('70 ms / 160 ms')
    expect(lines.find((l) => l.startsWith('| `/` |'))).toContain('1.15 s / 1.65 s')
  })

  it('names what was left out, that default is served without our CSP, and the load and index at each run', () => {
    expect(section).toContain('`glossary/index.md` (our component `<GlossaryIndex>`)')
    expect(section).toContain('without our Content-Security-Policy')
    expect(lines.find((l) => l.startsWith('- `/`:'))).toContain('2.5 · 1400')
    expect(lines.find((l) => l.startsWith('- `/`:'))).toContain('2.6 · 1380')
  })

  it('ends with the ratios, each against its target', () => {
    const last = lines.at(-1)!
    const r = computeRatios(pages, { ours: build(11, 400), default: build(10, 330) })
    expect(last).toContain(`FCP ${r.fcp.toFixed(2)}`)
    expect(last).toContain(`TBT ${r.tbt.toFixed(2)} (≤ 0.5: met)`)
    expect(last).toContain(`first load ${r.firstLoad.toFixed(2)}`)
    expect(last).toContain('build CPU 1.10 (≤ 1.0: missed)')
    expect(last).toMatch(/build peak RSS 1\.21 \(≤ 1\.0: missed\)/)
    expect(last).toMatch(/target ≤ 0\.75 on each page: missed/)
  })
})
