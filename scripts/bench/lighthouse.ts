// `npm run bench:lighthouse`: Lighthouse 12 (mobile preset) on five pages of the built guide, served locally with gzip, offline.
//
// Usage: npm run bench:lighthouse [-- --dist docs/.vitepress/dist --runs 3 --no-write]
// Target (issue 9): 100 in performance, accessibility, best practices and SEO on every page.
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { loadAverage, machineLine, median, RESULTS_DIR, ROOT, writeResults, writeSection } from './benchmarks-file.ts'
import { BENCH_PAGES, CHROMIUM_PATH, DEFAULT_DIST, requireBuiltSite } from './site-pages.ts'
import { OFFLINE_CHROMIUM_ARGS } from '../lib/chromium.ts'
import { startVercelServer } from '../lib/vercel-server.ts'
import { benchArgs } from './bench-args.ts'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]
const LIGHTHOUSE_CLI = join(ROOT, 'node_modules/lighthouse/cli/index.js')
const REPORTS_DIR = join(RESULTS_DIR, 'lighthouse')

interface Audit {
  id: string
  title: string
  score: number | null
  scoreDisplayMode: string
  displayValue?: string
  numericValue?: number
  details?: { items?: Record<string, unknown>[] }
}
export interface Report {
  lighthouseVersion: string
  environment?: { benchmarkIndex?: number }
  runtimeError?: { message: string }
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, Audit>
}

export interface PageRun {
  scores: Record<Category, number>
  /** Audits that count towards a score and did not pass, with what Lighthouse says about them. */
  failing: { category: Category; id: string; title: string; score: number; displayValue?: string; items: string[] }[]
  metrics: Record<string, string>
  /** The same metrics as numbers in Lighthouse's units (ms; CLS unitless), NaN when the audit has none. */
  values: Record<Metric, number>
  load: number
  /** Lighthouse's CPU benchmark of the machine during the run (higher is faster; an idle desktop scores ≈ 1 500–2 500). */
  benchmarkIndex: number
}

async function main(): Promise<void> {
  const values = benchArgs('bench:lighthouse', {
    dist: { type: 'string', default: DEFAULT_DIST },
    runs: { type: 'string', default: '3' },
    'no-write': { type: 'boolean', default: false },
  })
  const RUNS = Number(values.runs)
  const started = new Date()
  const builtAt = requireBuiltSite(values.dist)
  mkdirSync(REPORTS_DIR, { recursive: true })
  const server = await startVercelServer(values.dist)
  const results: { name: string; path: string; runs: PageRun[] }[] = []
  let version = '?'
  try {
    for (const page of BENCH_PAGES) {
      const runs: PageRun[] = []
      for (let run = 0; run < RUNS; run++) {
        const load = Number(loadAverage())
        process.stderr.write(`lighthouse: ${page.path} run ${run + 1}/${RUNS} (load ${load})… `)
        const file = join(REPORTS_DIR, `${page.name.replace(/\W+/g, '-')}-${run + 1}.json`)
        const report = await runLighthouse(server.origin + page.path, file)
        version = report.lighthouseVersion
        const summary = summarise(report, load)
        process.stderr.write(CATEGORIES.map((c) => summary.scores[c]).join(' / ') + '\n')
        runs.push(summary)
      }
      results.push({ ...page, runs })
    }
  } finally {
    await server.close()
  }
  const section = render(results, started, builtAt, version, RUNS)
  process.stdout.write(section + '\n')
  if (!values['no-write']) {
    writeResults('lighthouse', { started: started.toISOString(), builtAt: builtAt.toISOString(), lighthouse: version, pages: results })
    writeSection('lighthouse', 'npm run bench:lighthouse', section)
  }
}

/** Lighthouse's CLI, mobile preset, offline Chromium, on `url`; the JSON report is kept at `outputPath`. */
export async function runLighthouse(url: string, outputPath: string): Promise<Report> {
  const chromeFlags = ['--headless=new', ...OFFLINE_CHROMIUM_ARGS].join(' ')
  await promisify(execFile)(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      '--output=json',
      `--output-path=${outputPath}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${chromeFlags}`,
      '--max-wait-for-load=60000',
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 2 ** 20, timeout: 5 * 60_000 },
  )
  const report = JSON.parse(readFileSync(outputPath, 'utf8')) as Report
  if (report.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${report.runtimeError.message}`)
  return report
}

export const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const
export type Metric = (typeof METRICS)[number]

export function summarise(report: Report, load: number): PageRun {
  const scores = {} as Record<Category, number>
  const failing: PageRun['failing'] = []
  for (const category of CATEGORIES) {
    scores[category] = Math.round((report.categories[category].score ?? 0) * 100)
    for (const ref of report.categories[category].auditRefs) {
      const audit = report.audits[ref.id]
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue
      failing.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        items: (audit.details?.items ?? []).slice(0, 5).map(describeItem),
      })
    }
  }
  const metrics = Object.fromEntries(METRICS.map((id) => [id, report.audits[id]?.displayValue ?? '?']))
  const values = Object.fromEntries(METRICS.map((id) => [id, report.audits[id]?.numericValue ?? NaN])) as Record<Metric, number>
  return { scores, failing, metrics, values, load, benchmarkIndex: Math.round(report.environment?.benchmarkIndex ?? NaN) }
}

function describeItem(item: Record<string, unknown>): string {
  const node = item.node as { snippet?: string; selector?: string } | undefined
  if (node?.snippet) return node.snippet.slice(0, 160)
  if (typeof item.url === 'string') return item.url
  if (typeof item.description === 'string') return item.description.slice(0, 160)
  return JSON.stringify(item).slice(0, 160)
}

function render(results: { name: string; path: string; runs: PageRun[] }[], started: Date, builtAt: Date, version: string, runs: number): string {
  const out = [
    '## Lighthouse (`npm run bench:lighthouse`)',
    '',
    `${machineLine(started)}.`,
    `Lighthouse ${version}, mobile preset (simulated slow 4G and 4× CPU slowdown), Debian Chromium headless, no network`,
    `beyond 127.0.0.1. Site built ${builtAt.toISOString().slice(0, 16).replace('T', ' ')} UTC and served by scripts/lib/vercel-server.ts`,
    `(vercel.json headers, gzip). Median of ${runs} runs per page. The performance score depends on the machine: Lighthouse`,
    'scales its simulated 4× slowdown from the main-thread work it observes, so a busy machine (low CPU benchmark index)',
    'inflates Total Blocking Time; compare runs with similar load and index.',
    '',
    '| page | performance | accessibility | best practices | SEO | FCP · LCP · TBT · CLS (median run) | load average · CPU benchmark index at each run |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ]
  const failures = new Map<string, { pages: Set<string>; audit: PageRun['failing'][number] }>()
  for (const page of results) {
    const med = (c: Category) => median(page.runs.map((r) => r.scores[c]))
    const byPerf = [...page.runs].sort((a, b) => a.scores.performance - b.scores.performance)
    const mid = byPerf[Math.floor(byPerf.length / 2)]!
    const m = mid.metrics
    out.push(
      `| ${page.name} \`${page.path}\` | ${CATEGORIES.map((c) => bold(med(c))).join(' | ')} | ` +
        `${m['first-contentful-paint']} · ${m['largest-contentful-paint']} · ${m['total-blocking-time']} · ${m['cumulative-layout-shift']} | ` +
        `${page.runs.map((r) => `${r.load.toFixed(1)} · ${r.benchmarkIndex}`).join(', ')} |`,
    )
    for (const run of page.runs) {
      for (const audit of run.failing) {
        const key = `${audit.category}/${audit.id}`
        const seen = failures.get(key) ?? { pages: new Set<string>(), audit }
        seen.pages.add(page.path)
        failures.set(key, seen)
      }
    }
  }
  out.push('')
  if (failures.size === 0) out.push('Every audit that counts towards a score passed on every page and run.')
  else {
    out.push('Audits below 1 in at least one run (category · audit · pages · what Lighthouse reports):', '')
    for (const { pages, audit } of failures.values()) {
      const detail = [audit.displayValue, ...audit.items.slice(0, 2)].filter(Boolean).join('; ')
      out.push(`- ${audit.category} · \`${audit.id}\` ${audit.title} · ${[...pages].join(', ')}${detail ? ` · ${detail.replace(/\|/g, '\\|').replace(/\n/g, ' ')}` : ''}`)
    }
  }
  return out.join('\n')
}

const bold = (score: number) => (score === 100 ? '100' : `**${score}**`)

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
