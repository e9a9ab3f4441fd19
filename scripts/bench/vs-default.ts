// `npm run bench:vs-default`: our site against default VitePress on the same pages, built, served and measured side by side.
//
// Usage: npm run bench:vs-default [-- --runs 3 --builds 1 --no-write --keep]
//        --runs: Lighthouse runs per page and site; --builds: builds per site (alternating); --keep: keep the default site in /tmp
// Targets (issue 16), ours / default in one run: FCP ≤ 0.75 on each page, TBT ≤ 0.5, first load ≤ 0.53 with no request to
// another host, build CPU and peak RSS ≤ 1.0.
import { chromium } from '@playwright/test'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ensureGitHistory } from '../../docs/.vitepress/deploy/git-history.ts'
import { createVercelRouter } from '../../docs/.vitepress/deploy/vercel-router.ts'
import { OFFLINE_CHROMIUM_ARGS } from '../lib/chromium.ts'
import { startVercelServer, type VercelServer } from '../lib/vercel-server.ts'
import { loadAverage, machineLine, mb, RESULTS_DIR, ROOT, writeResults, writeSection } from './benchmarks-file.ts'
import { sourceOfLink } from './default-site/pages.ts'
import { prepareDefaultSite, type DefaultSite } from './default-site/prepare.ts'
import { runLighthouse, summarise, type PageRun } from './lighthouse.ts'
import { measure } from './process-tree.ts'
import { CHROMIUM_PATH, DEFAULT_DIST } from './site-pages.ts'
import { renderSection, SITES, summariseBuilds, type BuildResult, type BuildRun, type PageBytes, type PageResult, type Site } from './vs-default-report.ts'
import { brotliTotal, measurePage, sum, type Kind } from './weight.ts'
import { benchArgs } from './bench-args.ts'

/** The pages of issue 16's table: the home, the jargon table, a guide page and a term page. */
const VS_DEFAULT_PAGES = [
  { name: 'home', path: '/' },
  { name: 'jargon table', path: '/glossary/jargon' },
  { name: 'NAI page', path: '/guide/sd-and-nai' },
  { name: 'term page (CLIP)', path: '/glossary/clip' },
] as const

const VITEPRESS_CLI = join(ROOT, 'node_modules/vitepress/bin/vitepress.js')
const REPORTS_DIR = join(RESULTS_DIR, 'lighthouse/vs-default')

const OPTIONS = {
  runs: { type: 'string', default: '3' },
  builds: { type: 'string', default: '1' },
  keep: { type: 'boolean', default: false },
  'no-write': { type: 'boolean', default: false },
} as const

function options() {
  return benchArgs('bench:vs-default', OPTIONS)
}

async function main(): Promise<void> {
  const values = options()
  const runs = countOption('runs', values.runs)
  const buildCount = countOption('builds', values.builds)
  const started = new Date()
  const machine = machineLine(started)
  const site = prepareDefaultSite(ROOT)
  // An interrupted run would otherwise leave its copy in /tmp.
  process.once('SIGINT', () => {
    if (!values.keep) rmSync(site.root, { recursive: true, force: true })
    process.exit(130)
  })
  process.stderr.write(
    `vs-default: default VitePress gets ${site.selection.included.length} pages in ${site.root}; left out: ` +
      `${site.selection.leftOut.map((p) => `${p.file} (${p.reason})`).join(', ') || 'none'}\n`,
  )
  try {
    const included = new Set(site.selection.included)
    const missing = VS_DEFAULT_PAGES.filter((page) => sourceOfLink(page.path, included) === undefined)
    if (missing.length) throw new Error(`default VitePress would not have ${missing.map((p) => p.path).join(', ')}: see what was left out above`)
    const builds = await buildBoth(site, buildCount)
    const dists: Record<Site, string> = { ours: join(ROOT, DEFAULT_DIST), default: site.outDir }
    const servers: Partial<Record<Site, VercelServer>> = {}
    try {
      const vercelJsons: Record<Site, string> = { ours: join(ROOT, 'vercel.json'), default: site.vercelJson }
      servers.ours = await startVercelServer(dists.ours, { vercelJson: vercelJsons.ours })
      servers.default = await startVercelServer(dists.default, { vercelJson: vercelJsons.default })
      const origins = { ours: servers.ours.origin, default: servers.default.origin }
      const bytes = await measureBytes(origins, dists, vercelJsons)
      const { results, lighthouseVersion } = await measureLighthouse(origins, runs)
      const pages: PageResult[] = VS_DEFAULT_PAGES.map((page, i) => ({
        ...page,
        sites: { ours: { runs: results[i]!.ours, bytes: bytes[i]!.ours }, default: { runs: results[i]!.default, bytes: bytes[i]!.default } },
      }))
      const section = renderSection(pages, builds, {
        machine,
        loadAtEnd: loadAverage(),
        vitepressVersion: packageVersion('vitepress'),
        lighthouseVersion,
        runs,
        included: site.selection.included,
        leftOut: site.selection.leftOut,
      })
      process.stdout.write(section + '\n')
      if (!values['no-write']) {
        writeResults('vs-default', { started: started.toISOString(), machine, selection: site.selection, builds, pages })
        writeSection('vs-default', 'npm run bench:vs-default', section)
      }
    } finally {
      await servers.ours?.close()
      await servers.default?.close()
    }
  } finally {
    if (values.keep) process.stderr.write(`vs-default: kept ${site.root}\n`)
    else rmSync(site.root, { recursive: true, force: true })
  }
}

/** A count option (`--runs 3`), or the process stops with what is wrong. */
function countOption(name: string, value: string): number {
  const count = Number(value)
  if (Number.isInteger(count) && count >= 1) return count
  process.stderr.write(`vs-default: --${name} ${value} is not a whole number ≥ 1\n`)
  process.exit(2)
}

/**
 * Each site `count` times, which goes first alternating (default VitePress first); ours as `npm run build` does it:
 * the git history check, then `vitepress build docs`.
 */
async function buildBoth(site: DefaultSite, count: number): Promise<Record<Site, BuildResult>> {
  const build = async (which: Site, args: string[], cwd: string): Promise<BuildRun> => {
    const load = Number(loadAverage())
    process.stderr.write(`vs-default: building ${which} (load ${load})… `)
    const result = await measure(process.execPath, [VITEPRESS_CLI, 'build', ...args], { cwd })
    if (result.exitCode !== 0) throw new Error(`the ${which} build failed (exit ${result.exitCode}):\n${result.stderrTail}`)
    process.stderr.write(`${result.cpuSeconds.toFixed(1)} s CPU, ${mb(result.peakTreeRssBytes)} MB\n`)
    return { cpuSeconds: result.cpuSeconds, peakTreeRssBytes: result.peakTreeRssBytes, seconds: result.seconds, load }
  }
  ensureGitHistory({ cwd: ROOT })
  const runs: Record<Site, BuildRun[]> = { ours: [], default: [] }
  for (let i = 0; i < count; i++) {
    for (const which of i % 2 === 0 ? (['default', 'ours'] as const) : (['ours', 'default'] as const)) {
      runs[which].push(which === 'ours' ? await build('ours', ['docs'], ROOT) : await build('default', [site.docsDir, '--outDir', site.outDir], site.root))
    }
  }
  return { ours: summariseBuilds(runs.ours), default: summariseBuilds(runs.default) }
}

/** bench:weight's measurement of each page on each site: served gzip bytes, brotli from the files, other hosts. */
async function measureBytes(origins: Record<Site, string>, dists: Record<Site, string>, vercelJsons: Record<Site, string>): Promise<Record<Site, PageBytes>[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: OFFLINE_CHROMIUM_ARGS })
  try {
    const out: Record<Site, PageBytes>[] = []
    for (const page of VS_DEFAULT_PAGES) {
      const entry = {} as Record<Site, PageBytes>
      for (const site of SITES) {
        process.stderr.write(`vs-default: first load of ${page.path} (${site})\n`)
        const served = await measurePage(browser, origins[site] + page.path)
        entry[site] = { servedGzip: sum(served.transfer), filesBrotli: fetchedBrotli(dists[site], vercelJsons[site], served.responses), otherHosts: served.remote }
      }
      out.push(entry)
    }
    return out
  } finally {
    await browser.close()
  }
}

/**
 * Brotli of what Chromium fetched for the first load (prefetches excluded), each URL mapped to its file by the
 * server's own router (a missing favicon is the 404 page). Not pageWeight's list from the HTML: that counts every
 * font a stylesheet names, and default VitePress's names 14 Inter subsets, of which a browser fetches only those
 * whose unicode-range the page uses.
 */
function fetchedBrotli(dist: string, vercelJson: string, responses: readonly { url: string; kind: Kind; prefetch: boolean }[]): number {
  const route = createVercelRouter(JSON.parse(readFileSync(vercelJson, 'utf8')) as object, dist)
  const fetched = responses
    // data: URLs (the default theme's icons in its CSS) come inside the stylesheet; their "path" is their content.
    .filter((r) => !r.prefetch && r.url.startsWith('/'))
    // A redirect has no body, so no file.
    .flatMap((r) => {
      const file = route(decodeURI(r.url)).file
      return file ? [{ path: relative(dist, file), kind: r.kind }] : []
    })
  const html = fetched.find((r) => r.kind === 'html')
  if (!html) throw new Error(`no HTML among what Chromium fetched from ${dist}`)
  return brotliTotal(dist, html.path, fetched)
}

/** Lighthouse on every page, `runs` times, ours and default alternating which goes first from one run to the next. */
async function measureLighthouse(origins: Record<Site, string>, runs: number) {
  mkdirSync(REPORTS_DIR, { recursive: true })
  const results = VS_DEFAULT_PAGES.map(() => ({ ours: [] as PageRun[], default: [] as PageRun[] }))
  let lighthouseVersion = '?'
  for (let run = 0; run < runs; run++) {
    for (const [i, page] of VS_DEFAULT_PAGES.entries()) {
      const order: Site[] = (run + i) % 2 === 0 ? ['ours', 'default'] : ['default', 'ours']
      for (const site of order) {
        const load = Number(loadAverage())
        process.stderr.write(`vs-default: lighthouse ${page.path} (${site}) run ${run + 1}/${runs} (load ${load})… `)
        const file = join(REPORTS_DIR, `${site}-${page.name.replace(/\W+/g, '-')}-${run + 1}.json`)
        const report = await runLighthouse(origins[site] + page.path, file)
        lighthouseVersion = report.lighthouseVersion
        const summary = summarise(report, load)
        process.stderr.write(`performance ${summary.scores.performance}, index ${summary.benchmarkIndex}\n`)
        results[i]![site].push(summary)
      }
    }
  }
  return { results, lighthouseVersion }
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version
}

await main()
