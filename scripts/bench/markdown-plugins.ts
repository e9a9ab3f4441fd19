// `npm run bench:markdown-plugins`: the CPU our Markdown plugins add to VitePress's own Markdown, on the 300-page corpus.
//
// Usage: npm run bench:markdown-plugins [-- --pages 300 --rounds 8 --no-write]
//        node --cpu-prof --cpu-prof-dir bench/results/profiles --import tsx scripts/bench/markdown-plugins.ts --no-write
//        (a CPU profile of the same runs, to see which plugin costs what)
// Target (issue 15): every page rendered with all our plugins ≤ 1.15 × the CPU of VitePress's Markdown alone.
import { readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { createMarkdownRenderer, disposeMdItInstance, type MarkdownOptions, type MarkdownRenderer } from 'vitepress'
import { shared } from '../../docs/.vitepress/config/shared.ts'
import { loadAverage, machineLine, median, writeResults, writeSection } from './benchmarks-file.ts'
import { generateCorpus } from './corpus.ts'

const TARGET = 1.15
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '8' },
    'no-write': { type: 'boolean', default: false },
  },
})
const PAGES = Number(values.pages)
const ROUNDS = Number(values.rounds)

interface Page {
  path: string
  relativePath: string
  src: string
}

type Setup = 'vitepress' | 'ours'

/**
 * A VitePress Markdown renderer with the site's options, with or without our `markdown.config` (the plugins).
 * VitePress caches one renderer per process and disposing it disposes its Shiki highlighter; the highlighter's
 * dispose is held back (shikiSetup, a VitePress option) so that two renderers live side by side.
 */
async function renderer(srcDir: string, config: MarkdownOptions['config'], release: (() => void)[]): Promise<MarkdownRenderer> {
  const md = await createMarkdownRenderer(
    srcDir,
    {
      ...shared.markdown,
      config,
      shikiSetup: (highlighter) => {
        release.push(highlighter.dispose.bind(highlighter))
        highlighter.dispose = () => {}
      },
    },
    '/',
    { warn: () => {}, info: () => {}, error: console.error, warnOnce: () => {} } as never,
  )
  disposeMdItInstance()
  return md
}

/** CPU milliseconds (user + system) of rendering every page once, as VitePress's build does (env with the page's path). */
function renderAll(md: MarkdownRenderer, pages: Page[]): number {
  const start = process.cpuUsage()
  for (const page of pages) md.render(page.src, { path: page.path, relativePath: page.relativePath, cleanUrls: true })
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

async function main(): Promise<void> {
  const started = new Date()
  const machine = machineLine(started)
  const root = join(os.tmpdir(), `aidraw-markdown-plugins-${process.pid}`)
  const corpus = await generateCorpus(root, PAGES)
  const files = corpus.sections.flatMap((s) => s.pages.map((p) => join(corpus.docsDir, p.file)))
  files.push(join(corpus.docsDir, 'index.md'))
  const pages = files.map((path) => ({ path, relativePath: relative(corpus.docsDir, path), src: readFileSync(path, 'utf8') }))

  // Our plugins print build warnings for what they do not understand; the corpus has none, and they are not the point here.
  const warn = console.warn
  console.warn = () => {}
  const release: (() => void)[] = []
  const renderers: Record<Setup, MarkdownRenderer> = {
    vitepress: await renderer(corpus.docsDir, undefined, release),
    ours: await renderer(corpus.docsDir, shared.markdown!.config, release),
  }
  // Warm-up: the JIT, Shiki's grammars, the glossary.
  for (let i = 0; i < 2; i++) for (const setup of ['vitepress', 'ours'] as const) renderAll(renderers[setup], pages)

  // Alternating passes (ABBA), so that warm-up, GC and the machine's load weigh on both alike.
  const samples: Record<Setup, number[]> = { vitepress: [], ours: [] }
  const ratios: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const order: Setup[] = round % 2 === 0 ? ['vitepress', 'ours'] : ['ours', 'vitepress']
    const pass = {} as Record<Setup, number>
    for (const setup of order) pass[setup] = renderAll(renderers[setup], pages)
    samples.vitepress.push(pass.vitepress)
    samples.ours.push(pass.ours)
    ratios.push(pass.ours / pass.vitepress)
  }
  console.warn = warn
  for (const dispose of release) dispose()
  rmSync(root, { recursive: true, force: true })

  const vitepress = median(samples.vitepress)
  const ours = median(samples.ours)
  const ratio = ours / vitepress
  const loadAtEnd = loadAverage()
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  const section = [
    '## Markdown: our plugins against VitePress\'s own (`npm run bench:markdown-plugins`)',
    '',
    `${machine}, ${loadAtEnd} at the end.`,
    `The ${pages.length} pages of the synthetic corpus (scripts/bench/corpus.ts) rendered in one process by two VitePress`,
    "Markdown renderers with the site's options, one with our `markdown.config` (every plugin of markdown/index.ts, the",
    "real glossary) and one without; CPU time (user + system) of a pass over every page, after two warm-up passes, the",
    `two renderers alternating (ABBA) for ${ROUNDS} rounds.`,
    '',
    '| renderer | CPU per pass (median) | fastest | slowest |',
    '| --- | --- | --- | --- |',
    `| VitePress's Markdown | ${fmt(vitepress)} | ${fmt(Math.min(...samples.vitepress))} | ${fmt(Math.max(...samples.vitepress))} |`,
    `| … with all our plugins | ${fmt(ours)} | ${fmt(Math.min(...samples.ours))} | ${fmt(Math.max(...samples.ours))} |`,
    '',
    `**Ours / VitePress: ${ratio.toFixed(2)} ×** (ratio of the medians; per round ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)} ×);`,
    `target ≤ ${TARGET} × ${ratio <= TARGET ? 'met' : 'missed'}.`,
  ].join('\n')
  console.log(section)
  if (!values['no-write']) {
    writeSection('markdown-plugins', 'npm run bench:markdown-plugins', section)
    writeResults('markdown-plugins', { started: started.toISOString(), pages: pages.length, rounds: ROUNDS, samples, ratio, loadAtStart: machine, loadAtEnd })
  }
}

await main()
