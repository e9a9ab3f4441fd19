// bench:vs-default's arithmetic and its section of BENCHMARKS.md: medians per page, ours/default ratios, the issue's targets.
import { kb, mb, median } from './benchmarks-file.ts'
import type { Category, Metric, PageRun } from './lighthouse.ts'

export type Site = 'ours' | 'default'
export const SITES: readonly Site[] = ['ours', 'default']

/** One page's first load, measured once per site (bytes do not vary run to run). */
export interface PageBytes {
  /** Response bodies as Chromium received them from the gzip server, prefetches excluded (bench:weight's total). */
  servedGzip: number
  /** The same first-load files with brotli at quality 11 (what Vercel sends to browsers that accept it). */
  filesBrotli: number
  /** Hosts other than the local server that the page asked for. */
  otherHosts: string[]
}

export interface SiteResult {
  runs: PageRun[]
  bytes: PageBytes
}

export interface PageResult {
  name: string
  path: string
  sites: Record<Site, SiteResult>
}

/** One build, measured over its process tree. */
export interface BuildRun {
  cpuSeconds: number
  peakTreeRssBytes: number
  seconds: number
  /** 1-minute load average when the build started. */
  load: number
}

/** A site's builds together: median CPU and wall time, the largest peak RSS (as bench:build reports them). */
export interface BuildResult {
  cpuSeconds: number
  peakTreeRssBytes: number
  seconds: number
  loads: number[]
}

export function summariseBuilds(runs: readonly BuildRun[]): BuildResult {
  if (runs.length === 0) throw new Error('no build to summarise')
  return {
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    peakTreeRssBytes: Math.max(...runs.map((r) => r.peakTreeRssBytes)),
    seconds: median(runs.map((r) => r.seconds)),
    loads: runs.map((r) => r.load),
  }
}

/** Issue 16's targets, ours divided by default (each at most this). */
export const TARGETS = { fcpEachPage: 0.75, tbt: 0.5, firstLoad: 0.53, buildCpu: 1.0, buildRss: 1.0 } as const

export interface PageSummary {
  /** Median of each metric over the runs, in Lighthouse's units (ms; CLS unitless). */
  metrics: Record<Metric, number>
  /** Median of each category score (0–100). */
  scores: Record<Category, number>
}

export function summarisePage(runs: readonly PageRun[]): PageSummary {
  if (runs.length === 0) throw new Error('no Lighthouse run to summarise')
  const first = runs[0]!
  const metrics = Object.fromEntries(Object.keys(first.values).map((id) => [id, median(runs.map((r) => r.values[id as Metric]))])) as Record<Metric, number>
  const scores = Object.fromEntries(Object.keys(first.scores).map((c) => [c, median(runs.map((r) => r.scores[c as Category]))])) as Record<Category, number>
  return { metrics, scores }
}

/** ours / default; NaN when default is 0 (no ratio to speak of). */
export function ratio(ours: number, theirs: number): number {
  return theirs > 0 ? ours / theirs : NaN
}

export type Verdict = 'met' | 'missed' | 'n/a'

export function verdict(value: number, target: number): Verdict {
  if (!Number.isFinite(value)) return 'n/a'
  return value <= target ? 'met' : 'missed'
}

export interface Ratios {
  /** Per page, in page order. */
  fcpByPage: number[]
  /** Sums over the pages. */
  fcp: number
  tbt: number
  firstLoad: number
  buildCpu: number
  buildRss: number
  /** Requests of our pages to other hosts (the target is none). */
  ourOtherHosts: number
  verdicts: { fcp: Verdict; tbt: Verdict; firstLoad: Verdict; buildCpu: Verdict; buildRss: Verdict }
}

const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0)

export function computeRatios(pages: readonly PageResult[], builds: Record<Site, BuildResult>): Ratios {
  const summaries = pages.map((page) => ({ ours: summarisePage(page.sites.ours.runs), default: summarisePage(page.sites.default.runs) }))
  const summed = (pick: (s: PageSummary) => number) => ratio(sumOf(summaries.map((s) => pick(s.ours))), sumOf(summaries.map((s) => pick(s.default))))
  const fcpByPage = summaries.map((s) => ratio(s.ours.metrics['first-contentful-paint'], s.default.metrics['first-contentful-paint']))
  const firstLoad = ratio(sumOf(pages.map((p) => p.sites.ours.bytes.servedGzip)), sumOf(pages.map((p) => p.sites.default.bytes.servedGzip)))
  const ourOtherHosts = sumOf(pages.map((p) => p.sites.ours.bytes.otherHosts.length))
  const buildCpu = ratio(builds.ours.cpuSeconds, builds.default.cpuSeconds)
  const buildRss = ratio(builds.ours.peakTreeRssBytes, builds.default.peakTreeRssBytes)
  const fcpVerdicts = fcpByPage.map((r) => verdict(r, TARGETS.fcpEachPage))
  const loadVerdict = verdict(firstLoad, TARGETS.firstLoad)
  return {
    fcpByPage,
    fcp: summed((s) => s.metrics['first-contentful-paint']),
    tbt: summed((s) => s.metrics['total-blocking-time']),
    firstLoad,
    buildCpu,
    buildRss,
    ourOtherHosts,
    verdicts: {
      fcp: fcpVerdicts.includes('n/a') ? 'n/a' : fcpVerdicts.includes('missed') ? 'missed' : 'met',
      tbt: verdict(summed((s) => s.metrics['total-blocking-time']), TARGETS.tbt),
      firstLoad: loadVerdict === 'met' && ourOtherHosts > 0 ? 'missed' : loadVerdict,
      buildCpu: verdict(buildCpu, TARGETS.buildCpu),
      buildRss: verdict(buildRss, TARGETS.buildRss),
    },
  }
}

export interface SectionContext {
  /** machineLine(started) of benchmarks-file.ts. */
  machine: string
  /** The load average when the measuring ended. */
  loadAtEnd: string
  vitepressVersion: string
  lighthouseVersion: string
  runs: number
  included: string[]
  leftOut: { file: string; reason: string }[]
}

const fmt = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
const seconds = (ms: number) => `${fmt(ms / 1000)} s`
const millis = (ms: number) => `${fmt(ms, 0)} ms`
const pair = (ours: string, theirs: string) => `${ours} / ${theirs}`

/** The section, without its markers; the last line is the ratios against the targets. */
export function renderSection(pages: readonly PageResult[], builds: Record<Site, BuildResult>, context: SectionContext): string {
  const r = computeRatios(pages, builds)
  const out = [
    '## Ours against default VitePress (`npm run bench:vs-default`)',
    '',
    `${context.machine}, ${context.loadAtEnd} at the end.`,
    `Default VitePress ${context.vitepressVersion} (the installed one) builds ${context.included.length} of our Markdown pages copied to a temporary folder, with`,
    'a plain zh-CN config: default theme, `search: { provider: \'local\' }`, our sidebar (from docs/.vitepress/config/zh.ts)',
    'less the pages left out, cleanUrls, dead links ignored. Our own Markdown (`!!!` admonitions, `===` tabs, glossary links,',
    'footnotes, attribute lists) is plain text there, as expected. Left out, because default VitePress cannot build them as they are:',
    context.leftOut.length ? context.leftOut.map((p) => `\`${p.file}\` (${p.reason})`).join(', ') + '.' : 'none.',
    'Our site is built as `npm run build` builds it (`vitepress build docs`), the two builds alternating when there are several',
    '(`--builds N`). CPU is user + system of the build\'s process tree, peak RSS the largest sum over the tree (scripts/bench/process-tree.ts).',
    '',
    'Both sites are served by scripts/lib/vercel-server.ts (two instances, one per site) with vercel.json\'s redirects, caching',
    'and security headers and gzip at level 6; **default VitePress is served without our Content-Security-Policy header**, which',
    'would block its inline scripts. Brotli (quality 11, as Vercel sends it) is computed from the files Chromium fetched.',
    `Lighthouse ${context.lighthouseVersion}, mobile preset, offline Chromium; ${context.runs} run(s) per page and site, ours and default alternating`,
    'run by run; medians per page. First load is bench:weight\'s count (Chromium, empty cache, until the network is idle).',
    '',
    '| page | first load gzip (KB) | brotli (KB) | FCP | LCP | TBT | CLS | performance | accessibility | best practices | SEO | other hosts |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const page of pages) {
    const ours = summarisePage(page.sites.ours.runs)
    const theirs = summarisePage(page.sites.default.runs)
    const m = (id: Metric, show: (v: number) => string) => pair(show(ours.metrics[id]), show(theirs.metrics[id]))
    const s = (c: Category) => pair(String(ours.scores[c]), String(theirs.scores[c]))
    const { ours: a, default: b } = page.sites
    out.push(
      `| \`${page.path}\` | ${pair(kb(a.bytes.servedGzip), kb(b.bytes.servedGzip))} | ${pair(kb(a.bytes.filesBrotli), kb(b.bytes.filesBrotli))} | ` +
        `${m('first-contentful-paint', seconds)} | ${m('largest-contentful-paint', seconds)} | ${m('total-blocking-time', millis)} | ` +
        `${m('cumulative-layout-shift', (v) => fmt(v, 3))} | ${s('performance')} | ${s('accessibility')} | ${s('best-practices')} | ${s('seo')} | ` +
        `${pair(String(a.bytes.otherHosts.length), String(b.bytes.otherHosts.length))} |`,
    )
  }
  out.push(
    '',
    'Each cell is ours / default.',
    '',
    '| build | runs | CPU (median) | peak RSS (largest) | wall (median) | load average at the start of each |',
    '| --- | --- | --- | --- | --- | --- |',
    ...SITES.map((site) => {
      const b = builds[site]
      return (
        `| ${site === 'ours' ? 'ours (`npm run build`)' : 'default VitePress'} | ${b.loads.length} | ${fmt(b.cpuSeconds, 1)} s | ` +
        `${mb(b.peakTreeRssBytes)} MB | ${fmt(b.seconds, 1)} s | ${b.loads.map((l) => fmt(l, 1)).join(', ')} |`
      )
    }),
    '',
    'Load average · Lighthouse CPU benchmark index at each run (ours; default):',
    '',
    ...pages.map(
      (page) =>
        `- \`${page.path}\`: ` +
        SITES.map((site) => page.sites[site].runs.map((run) => `${fmt(run.load, 1)} · ${run.benchmarkIndex}`).join(', ')).join('; '),
    ),
    '',
    ratiosLine(r),
  )
  return out.join('\n')
}

/** The last line: the four ratios (and RSS), each with its target and whether it is met. */
export function ratiosLine(r: Ratios): string {
  const fcpPages = r.fcpByPage.map((v) => fmt(v)).join(', ')
  return (
    `**Ours / default:** FCP ${fmt(r.fcp)} (per page ${fcpPages}; target ≤ ${TARGETS.fcpEachPage} on each page: ${r.verdicts.fcp}) · ` +
    `TBT ${fmt(r.tbt)} (≤ ${TARGETS.tbt}: ${r.verdicts.tbt}) · ` +
    `first load ${fmt(r.firstLoad)} (≤ ${TARGETS.firstLoad}, ${r.ourOtherHosts} requests of ours to other hosts: ${r.verdicts.firstLoad}) · ` +
    `build CPU ${fmt(r.buildCpu)} (≤ ${TARGETS.buildCpu.toFixed(1)}: ${r.verdicts.buildCpu}) · ` +
    `build peak RSS ${fmt(r.buildRss)} (≤ ${TARGETS.buildRss.toFixed(1)}: ${r.verdicts.buildRss}).`
  )
}
