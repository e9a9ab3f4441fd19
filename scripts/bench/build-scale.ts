// `npm run bench:build`: builds synthetic guides of 100 / 1 000 / 3 000 pages with our VitePress config, with default
// VitePress and with MkDocs, and records time and peak memory.
//
// Usage: npm run bench:build [-- --pages 100,1000,3000 --runs 2,1,1 --configs section,vitepress-default,mkdocs --full-up-to 1000 --keep --no-write]
//        configs: mkdocs, vitepress-default (default theme and local search, the same per-section sidebars), or a sidebar
//        mode of our config (section, full, none) with variants joined by +
//        (section+git-per-page+no-search; see corpus-config.ts), to measure what each part costs.
//        npm run bench:build -- --pages 1000 --configs full --profile   (CPU profile of the build, under bench/results/profiles/)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { loadAverage, machineLine, mb, median, RESULTS_DIR, ROOT, writeResults, writeSection } from './benchmarks-file.ts'
import { VARIANTS, type Variant } from './corpus-config.ts'
import { SIDEBAR_MODES, type SidebarMode } from './corpus-sidebar.ts'
import { generateCorpus, SECTION_SIZE, type Corpus, type CorpusSection } from './corpus.ts'
import { measure, type Measured } from './process-tree.ts'
import { benchArgs } from './bench-args.ts'

const values = benchArgs('bench:build', {
  pages: { type: 'string', default: '100,1000,3000' },
  // Runs per size (the last value repeats): the 3 000-page VitePress builds take minutes on a loaded machine.
  runs: { type: 'string', default: '2,1,1' },
  configs: { type: 'string', default: 'section,vitepress-default,mkdocs' },
  // One sidebar of every page grows with the square of the page count: past this size it is left out.
  'full-up-to': { type: 'string', default: '1000' },
  keep: { type: 'boolean', default: false },
  profile: { type: 'boolean', default: false },
  // Another section of BENCHMARKS.md (and bench/results/<name>.json), for a run with other configs (an ablation).
  section: { type: 'string', default: 'build-scale' },
  'no-write': { type: 'boolean', default: false },
})

/** `mkdocs`, `vitepress-default`, or a sidebar mode with optional variants of our config: `section`, `section+git-per-page+no-search`. */
type Config = string
/** What our build is compared with: default VitePress on the same corpus, with our structure (per-section sidebars). */
const DEFAULT_CONFIG = 'vitepress-default'
const OURS_CONFIG = 'section'
/** The issue's target at 300 and 1 000 pages: our build's CPU and peak RSS at most this multiple of default VitePress's. */
const TARGET_RATIO = 1.1
const MODE_LABELS: Record<SidebarMode, string> = {
  section: 'sidebar per section',
  full: 'one sidebar of every page',
  none: 'no sidebar',
}
const VARIANT_LABELS: Record<Variant, string> = {
  'no-search': 'no search',
  'vitepress-search': "VitePress's search instead of ours",
  'git-per-page': "VitePress's git log per page for dates",
  'no-md-plugins': 'none of our Markdown plugins',
}

function parseConfig(config: Config): { mode: SidebarMode; variants: Variant[] } | 'mkdocs' | typeof DEFAULT_CONFIG {
  if (config === 'mkdocs' || config === DEFAULT_CONFIG) return config
  const [mode, ...variants] = config.split('+') as [SidebarMode, ...Variant[]]
  if (!SIDEBAR_MODES.includes(mode)) throw new Error(`unknown sidebar mode "${mode}" in ${config}; one of ${SIDEBAR_MODES.join(', ')} (or mkdocs, ${DEFAULT_CONFIG})`)
  for (const v of variants) if (!VARIANTS.includes(v)) throw new Error(`unknown variant "${v}" in ${config}; one of ${VARIANTS.join(', ')}`)
  return { mode, variants }
}

function configLabel(config: Config): string {
  const parsed = parseConfig(config)
  if (parsed === 'mkdocs') return 'MkDocs + Material (Debian)'
  if (parsed === DEFAULT_CONFIG) return 'default VitePress (default theme and local search), sidebar per section'
  return ['VitePress, our config', MODE_LABELS[parsed.mode], ...parsed.variants.map((v) => VARIANT_LABELS[v])].join(', ')
}

const SIZES = positiveIntegers('--pages', values.pages)
const RUNS = positiveIntegers('--runs', values.runs)
const CONFIGS = values.configs.split(',')
CONFIGS.forEach(parseConfig)
/** `100,1000` → [100, 1000]; anything else stops the bench with the option's name. */
function positiveIntegers(option: string, list: string): number[] {
  const numbers = list.split(',').map((item) => Number(item.trim()))
  if (!numbers.length || numbers.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`${option} ${list}: expected positive whole numbers separated by commas, e.g. ${option} 300,1000`)
  }
  return numbers
}
const VITEPRESS_CLI = join(ROOT, 'node_modules/vitepress/bin/vitepress.js')

interface Run extends Measured {
  config: Config
  pages: number
  /** 1-minute load average when the run started. */
  load: number
  /** Size of one page's HTML (the first content page), to show what the sidebar costs. */
  pageHtmlBytes: number
}

async function main(): Promise<void> {
  const started = new Date()
  const machine = machineLine(started)
  const versions = toolVersions()
  const runs: Run[] = []
  for (const [i, pages] of SIZES.entries()) {
    // A folder of this run's own, so two benches at once never build or delete each other's corpus.
    const root = mkdtempSync(join(os.tmpdir(), `aidraw-corpus-${pages}-`))
    corpusRoots.add(root)
    process.stderr.write(`corpus: generating ${pages} pages in ${root}…\n`)
    const corpus = await prepareCorpus(root, pages)
    const count = RUNS[Math.min(i, RUNS.length - 1)]!
    // Interleaved, so a change of load on the machine hits every config alike; the order turns round from one run
    // (and one size) to the next, so no config always builds first.
    for (let run = 0; run < count; run++) {
      for (const config of (i + run) % 2 ? [...CONFIGS].reverse() : CONFIGS) {
        if (config.split('+')[0] === 'full' && pages > Number(values['full-up-to'])) continue
        const load = Number(loadAverage())
        process.stderr.write(`build: ${pages} pages, ${config}, run ${run + 1}/${count} (load ${load})… `)
        const result = await build(corpus, config, values.profile && run === 0)
        process.stderr.write(`${result.seconds.toFixed(1)} s, ${mb(result.peakTreeRssBytes)} MB\n`)
        if (result.exitCode !== 0) throw new Error(`${config} build of ${pages} pages failed:\n${result.stderrTail}`)
        runs.push({ ...result, config, pages, load, pageHtmlBytes: samplePageBytes(corpus, config) })
      }
    }
    removeCorpus(root)
    // Written after every size: a long run that is stopped (or runs out of memory at 3 000 pages) keeps what it measured.
    if (!values['no-write']) report(runs, started, machine, versions, 'partial')
  }
  report(runs, started, machine, versions, values['no-write'] ? 'print' : 'final')
}

function report(runs: Run[], started: Date, machine: string, versions: Record<string, string>, stage: 'partial' | 'print' | 'final'): void {
  const summary = summarise(runs)
  const section = render(summary, machine, versions, values.section === 'build-scale' ? 'Build scale (`npm run bench:build`)' : `Build scale: ${values.section}`)
  if (stage === 'partial') {
    writeResults(`${values.section}.partial`, { started: started.toISOString(), machine, versions, summary })
    return
  }
  process.stdout.write(section + '\n')
  if (stage === 'final') {
    rmSync(join(RESULTS_DIR, `${values.section}.partial.json`), { force: true })
    const command = values.section === 'build-scale' ? 'npm run bench:build' : `npm run bench:build -- ${process.argv.slice(2).join(' ')}`
    writeResults(values.section, { started: started.toISOString(), machine, versions, summary, runs: runs.map(stripRun) })
    writeSection(values.section, command, section)
  }
}

/** The corpus, its VitePress config and theme (importing ours), its mkdocs.yml, and a git history for "last updated". */
async function prepareCorpus(root: string, pages: number): Promise<Corpus> {
  const corpus = await generateCorpus(root, pages)
  writeFileSync(join(root, 'corpus.json'), JSON.stringify(corpus))
  // Compiled pages import vue and vitepress: from /tmp they resolve through this link to the repository's packages.
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir')
  // ES modules, like the repository: Vite bundles the config as ESM only with this.
  writeFileSync(join(root, 'package.json'), JSON.stringify({ private: true, type: 'module' }) + '\n')
  writeFileSync(join(root, 'mkdocs.yml'), mkdocsYml(corpus))
  writeFileSync(join(root, '.gitignore'), 'node_modules\ndist-*/\n')
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' })
  git('init', '-q')
  git('add', '.')
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '-m', 'corpus')
  return corpus
}

/** Writes the config for one sidebar mode (VitePress reads docs/.vitepress/config.ts) and builds. */
function build(corpus: Corpus, config: Config, profile: boolean): Promise<Measured> {
  const outDir = join(corpus.root, `dist-${config}`)
  rmSync(outDir, { recursive: true, force: true })
  const parsed = parseConfig(config)
  if (parsed === 'mkdocs') {
    return measure('mkdocs', ['build', '-q', '-f', join(corpus.root, 'mkdocs.yml'), '-d', outDir], { cwd: corpus.root })
  }
  const vitepressDir = join(corpus.docsDir, '.vitepress')
  const corpusJson = JSON.stringify(join(corpus.root, 'corpus.json'))
  rmSync(join(vitepressDir, 'theme'), { recursive: true, force: true })
  mkdirSync(vitepressDir, { recursive: true })
  if (parsed === DEFAULT_CONFIG) {
    // No theme folder: VitePress's default theme.
    writeFileSync(
      join(vitepressDir, 'config.ts'),
      `import { defaultCorpusConfig } from ${JSON.stringify(join(ROOT, 'scripts/bench/corpus-default-config.ts'))}\n` +
        `export default defaultCorpusConfig(${corpusJson})\n`,
    )
  } else {
    writeFileSync(
      join(vitepressDir, 'config.ts'),
      `import { corpusConfig } from ${JSON.stringify(join(ROOT, 'scripts/bench/corpus-config.ts'))}\n` +
        `export default corpusConfig(${corpusJson}, ${JSON.stringify(parsed.mode)}, ${JSON.stringify(parsed.variants)})\n`,
    )
    mkdirSync(join(vitepressDir, 'theme'))
    writeFileSync(
      join(vitepressDir, 'theme/index.ts'),
      `export { default } from ${JSON.stringify(join(ROOT, 'docs/.vitepress/theme/index.ts'))}\n`,
    )
  }
  const nodeArgs = profile
    ? ['--cpu-prof', `--cpu-prof-dir=${join(RESULTS_DIR, 'profiles')}`, `--cpu-prof-name=build-${corpus.pageCount}-${config}.cpuprofile`]
    : []
  return measure(process.execPath, [...nodeArgs, VITEPRESS_CLI, 'build', corpus.docsDir, '--outDir', outDir], {
    // From the repository, as `npm run build` runs: VitePress globs the glossary loader's `watch` pattern from the
    // working directory, and a pattern above it (../../work/main/docs/…) makes tinyglobby crawl the whole disk.
    cwd: ROOT,
  })
}

function samplePageBytes(corpus: Corpus, config: Config): number {
  const page = corpus.sections[0]!.pages[1] ?? corpus.sections[0]!.pages[0]!
  const outDir = join(corpus.root, `dist-${config}`)
  const file =
    config === 'mkdocs' ? join(outDir, page.file.replace(/\.md$/, ''), 'index.html') : join(outDir, page.file.replace(/\.md$/, '.html'))
  return existsSync(file) ? statSync(file).size : NaN
}

function mkdocsYml(corpus: Corpus): string {
  const q = (s: string) => JSON.stringify(s)
  const nav = ['nav:', `  - ${q('首页')}: index.md`]
  const group = (section: CorpusSection) => [
    `  - ${q(section.title)}:`,
    `    - ${q(section.pages[0]!.title)}: ${section.pages[0]!.file}`,
    ...section.groups.flatMap((g) => [`    - ${q(g.title)}:`, ...g.pages.map((p) => `      - ${q(p.title)}: ${p.file}`)]),
  ]
  nav.push(...corpus.sections.flatMap(group))
  return [
    'site_name: 合成指南',
    'site_url: https://bench.example/',
    'docs_dir: docs',
    'theme:',
    '  name: material',
    '  language: zh',
    '  features: [navigation.sections]',
    'plugins:',
    '  - search',
    'markdown_extensions:',
    '  - admonition',
    '  - pymdownx.details',
    '  - pymdownx.superfences',
    '  - pymdownx.highlight',
    '  - tables',
    '  - attr_list',
    '  - md_in_html',
    '  - footnotes',
    '  - toc:',
    '      permalink: true',
    ...nav,
    '',
  ].join('\n')
}

interface Row {
  config: Config
  pages: number
  runs: number
  seconds: number
  bestSeconds: number
  cpuSeconds: number
  peakTreeRssBytes: number
  pageHtmlBytes: number
  loads: number[]
}

function summarise(runs: Run[]): Row[] {
  const rows: Row[] = []
  for (const pages of SIZES) {
    for (const config of CONFIGS) {
      const mine = runs.filter((r) => r.pages === pages && r.config === config)
      if (!mine.length) continue
      rows.push({
        config,
        pages: mine[0]!.pages,
        runs: mine.length,
        seconds: median(mine.map((r) => r.seconds)),
        bestSeconds: Math.min(...mine.map((r) => r.seconds)),
        cpuSeconds: median(mine.map((r) => r.cpuSeconds)),
        peakTreeRssBytes: Math.max(...mine.map((r) => r.peakTreeRssBytes)),
        pageHtmlBytes: mine[0]!.pageHtmlBytes,
        loads: mine.map((r) => r.load),
      })
    }
  }
  return rows
}

function render(rows: Row[], machine: string, versions: Record<string, string>, title: string): string {
  const out = [
    `## ${title}`,
    '',
    machine + '.',
    `Tools: ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(' · ')}.`,
    '',
    `Corpus (scripts/bench/corpus.ts): sections of ${SECTION_SIZE} pages in sidebar groups of 10; each page ≈ 4 KB of Chinese`,
    'Markdown with 6 headings, an admonition, a collapsible `???` block, a table, a `text` and a `python` code block, a',
    'PNG and links to other pages. VitePress builds it with our config (theme, every Markdown plugin, Chinese search,',
    'CSP hook, git "last updated"); default VitePress with its default theme, its local search and the same nav and',
    'per-section sidebars (scripts/bench/corpus-default-config.ts); MkDocs with Material, admonition,',
    'pymdownx.details/superfences/highlight, search and the whole nav. Peak RSS is the largest sum over the build\'s',
    'process tree (sampled every 100 ms); CPU is user + system.',
    '',
    '| pages | build | runs | wall (median) | best | CPU | peak RSS | one page\'s HTML | load average at each run |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const row of rows) {
    out.push(
      `| ${row.pages} | ${configLabel(row.config)} | ${row.runs} | ${row.seconds.toFixed(1)} s | ${row.bestSeconds.toFixed(1)} s | ` +
        `${row.cpuSeconds.toFixed(1)} s | ${mb(row.peakTreeRssBytes)} MB | ${(row.pageHtmlBytes / 1024).toFixed(0)} KB | ${row.loads.map((l) => l.toFixed(1)).join(', ')} |`,
    )
  }
  out.push('', ...verdict(rows))
  return out.join('\n')
}

/**
 * The targets: our build (per-section sidebars) against default VitePress at each size, CPU and peak RSS ≤ 1.1× at 300
 * and 1 000 pages (issue 16); 1 000 pages faster than MkDocs and 3 000 pages within 1.5 GB peak RSS (the earlier issue).
 */
function verdict(rows: Row[]): string[] {
  const find = (pages: number, config: Config) => rows.find((r) => r.pages === pages && r.config === config)
  const lines: string[] = []
  const mkdocsLines = mkdocsVerdict(find)
  for (const pages of SIZES) {
    const ours = find(pages, OURS_CONFIG)
    const plain = find(pages, DEFAULT_CONFIG)
    if (!ours || !plain) continue
    const cpu = ours.cpuSeconds / plain.cpuSeconds
    const rss = ours.peakTreeRssBytes / plain.peakTreeRssBytes
    const targeted = pages === 300 || pages === 1000
    const verdictOf = (ratio: number) => (targeted ? ` (target ≤ ${TARGET_RATIO} ${ratio <= TARGET_RATIO ? 'met' : 'missed'})` : '')
    lines.push(
      `- ${pages} pages, ours / default VitePress: CPU ${ours.cpuSeconds.toFixed(1)} s / ${plain.cpuSeconds.toFixed(1)} s = ` +
        `**${cpu.toFixed(2)} ×**${verdictOf(cpu)}, peak RSS ${mb(ours.peakTreeRssBytes)} MB / ${mb(plain.peakTreeRssBytes)} MB = ` +
        `**${rss.toFixed(2)} ×**${verdictOf(rss)}.`,
    )
  }
  return [...mkdocsLines, ...lines]
}

function mkdocsVerdict(find: (pages: number, config: Config) => Row | undefined): string[] {
  const lines: string[] = []
  const ours1000 = find(1000, OURS_CONFIG)
  const mkdocs1000 = find(1000, 'mkdocs')
  if (ours1000 && mkdocs1000) {
    const ok = ours1000.seconds < mkdocs1000.seconds
    lines.push(
      `- 1 000 pages, ours vs MkDocs: ${ours1000.seconds.toFixed(1)} s vs ${mkdocs1000.seconds.toFixed(1)} s wall, ` +
        `${ours1000.cpuSeconds.toFixed(1)} s vs ${mkdocs1000.cpuSeconds.toFixed(1)} s CPU — target "faster than MkDocs" ${ok ? 'met' : 'missed'}.`,
    )
  }
  const ours3000 = find(3000, OURS_CONFIG)
  if (ours3000) {
    const ok = ours3000.peakTreeRssBytes <= 1.5 * 2 ** 30
    lines.push(`- 3 000 pages, ours: peak RSS ${mb(ours3000.peakTreeRssBytes)} MB — target ≤ 1 536 MB ${ok ? 'met' : 'missed'}.`)
  }
  return lines
}

function toolVersions(): Record<string, string> {
  const version = (cmd: string, args: string[], re: RegExp) => {
    try {
      return re.exec(execFileSync(cmd, args, { encoding: 'utf8' }))?.[1] ?? '?'
    } catch {
      return 'not installed'
    }
  }
  return {
    VitePress: (JSON.parse(readFileSync(join(ROOT, 'node_modules/vitepress/package.json'), 'utf8')) as { version: string }).version,
    MkDocs: version('mkdocs', ['--version'], /version (\S+)/),
    'mkdocs-material': version('dpkg-query', ['-W', '-f=${Version}', 'mkdocs-material'], /^(\S+)/),
  }
}

function stripRun(run: Run) {
  const { stderrTail: _tail, command: _command, ...rest } = run
  return rest
}

/** This run's corpus folders not yet removed: a failed or interrupted run removes them too (unless --keep). */
const corpusRoots = new Set<string>()

function removeCorpus(root: string): void {
  corpusRoots.delete(root)
  if (values.keep) process.stderr.write(`corpus kept in ${root}\n`)
  // Retries: a build killed with the same signal may still be writing into it.
  else rmSync(root, { recursive: true, force: true, maxRetries: 5 })
}

function removeCorpora(): void {
  for (const root of [...corpusRoots]) removeCorpus(root)
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    removeCorpora()
    process.exit(code)
  })
}

try {
  await main()
} finally {
  removeCorpora()
}
