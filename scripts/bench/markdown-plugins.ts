// `npm run bench:markdown-plugins`: the CPU our Markdown plugins add to VitePress's own Markdown, on the 300-page corpus.
//
// Usage: npm run bench:markdown-plugins [-- --pages 300 --rounds 8 --profile --no-write]
//        --profile: two more passes of our renderer under V8's profiler, CPU per file of ours (which plugin costs what)
// Target (issue 15): every page rendered with all our plugins ≤ 1.15 × the CPU of VitePress's Markdown alone.
import { readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join, relative } from 'node:path'
import { createMarkdownRenderer, disposeMdItInstance, type MarkdownOptions, type MarkdownRenderer } from 'vitepress'
import { shared } from '../../docs/.vitepress/config/shared.ts'
import { loadAverage, machineLine, median, writeResults, writeSection } from './benchmarks-file.ts'
import { generateCorpus } from './corpus.ts'
import { profileByFile } from './plugin-profile.ts'
import { benchArgs } from './bench-args.ts'

const TARGET = 1.15
const values = benchArgs('bench:markdown-plugins', {
  pages: { type: 'string', default: '300' },
  rounds: { type: 'string', default: '8' },
  profile: { type: 'boolean', default: false },
  'no-write': { type: 'boolean', default: false },
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
 * A VitePress Markdown renderer with `options`: the site's, or the site's without what is ours (the plugins of
 * `markdown.config`, the front matter line counter of source-location.ts).
 * VitePress caches one renderer per process and disposing it disposes its Shiki highlighter; the highlighter's
 * dispose is held back (shikiSetup, a VitePress option) so that two renderers live side by side.
 */
async function renderer(srcDir: string, options: MarkdownOptions, release: (() => void)[]): Promise<MarkdownRenderer> {
  const md = await createMarkdownRenderer(
    srcDir,
    {
      ...options,
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

const SETUPS: readonly Setup[] = ['vitepress', 'ours']
const PROFILE_PASSES = 2

function render(md: MarkdownRenderer, page: Page, src = page.src): string {
  return md.render(src, { path: page.path, relativePath: page.relativePath, cleanUrls: true })
}

/**
 * One pass over every page with both renderers, page by page in alternating order (ABBA), so that
 * the machine's load, the JIT and GC weigh on both alike: CPU milliseconds (user + system) of each.
 * As in a build, each page is new (a pass's sources differ by trailing newlines, so no cache knows
 * them) and is rendered twice, for the page and for its search index; the env is the build's.
 */
function pass(renderers: Record<Setup, MarkdownRenderer>, pages: Page[], round: number): Record<Setup, number> {
  const used: Record<Setup, number> = { vitepress: 0, ours: 0 }
  const fresh = '\n'.repeat(round + 1)
  pages.forEach((page, i) => {
    const src = page.src + fresh
    for (const setup of (i + round) % 2 === 0 ? SETUPS : [...SETUPS].reverse()) {
      const start = process.cpuUsage()
      render(renderers[setup], page, src)
      render(renderers[setup], page, src)
      const { user, system } = process.cpuUsage(start)
      used[setup] += (user + system) / 1000
    }
  })
  return used
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
    vitepress: await renderer(corpus.docsDir, { ...shared.markdown, config: undefined, frontmatter: undefined }, release),
    ours: await renderer(corpus.docsDir, shared.markdown!, release),
  }
  // Warm-up: the JIT, Shiki's grammars, the glossary.
  const WARM_UP = 2
  for (let round = 0; round < WARM_UP; round++) pass(renderers, pages, round)

  const samples: Record<Setup, number[]> = { vitepress: [], ours: [] }
  const ratios: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const used = pass(renderers, pages, WARM_UP + round)
    samples.vitepress.push(used.vitepress)
    samples.ours.push(used.ours)
    ratios.push(used.ours / used.vitepress)
  }
  let profiledCpu = 0
  const shares = values.profile
    ? await profileByFile(() => {
        const start = process.cpuUsage()
        for (let i = 0; i < PROFILE_PASSES; i++) {
          for (const page of pages) {
            const src = page.src + '\n'.repeat(100 + i)
            render(renderers.ours, page, src)
            render(renderers.ours, page, src)
          }
        }
        const { user, system } = process.cpuUsage(start)
        profiledCpu = (user + system) / 1000
      })
    : undefined
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
    "Markdown renderers with the site's options, one with what is ours (`markdown.config`: every plugin of markdown/index.ts",
    'with the real glossary; the front matter line counter) and one without; CPU time (user + system) of a pass over every',
    `page (rendered twice, for the page and its search index, as a build does; new to every cache), after two warm-up`,
    `passes; ${ROUNDS} passes, the two renderers alternating page by page (ABBA).`,
    '',
    '| renderer | CPU per pass (median) | fastest | slowest |',
    '| --- | --- | --- | --- |',
    `| VitePress's Markdown | ${fmt(vitepress)} | ${fmt(Math.min(...samples.vitepress))} | ${fmt(Math.max(...samples.vitepress))} |`,
    `| … with all our plugins | ${fmt(ours)} | ${fmt(Math.min(...samples.ours))} | ${fmt(Math.max(...samples.ours))} |`,
    '',
    `**Ours / VitePress: ${ratio.toFixed(2)} ×** (ratio of the medians; per round ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)} ×);`,
    `target ≤ ${TARGET} × ${ratio <= TARGET ? 'met' : 'missed'}.`,
    ...(shares ? ['', ...profileTable(shares, profiledCpu / PROFILE_PASSES, vitepress)] : []),
  ].join('\n')
  console.log(section)
  if (!values['no-write']) {
    writeSection('markdown-plugins', 'npm run bench:markdown-plugins', section)
    writeResults('markdown-plugins', { started: started.toISOString(), pages: pages.length, rounds: ROUNDS, samples, ratio, loadAtStart: machine, loadAtEnd })
  }
}

/** Which file of ours costs what, per pass: its share of the profile's samples times the CPU of a profiled pass. */
function profileTable(shares: Map<string, number>, cpuPerPass: number, vitepress: number): string[] {
  const rows = [...shares].map(([file, share]) => [file, share * cpuPerPass] as const).sort((a, b) => b[1] - a[1])
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0)
  return [
    `Profile (\`--profile\`): ${PROFILE_PASSES} more passes (as above) of our renderer under V8's sampling profiler, ${(cpuPerPass / 1000).toFixed(2)} s`,
    "CPU a pass. A sample counts for the file of ours nearest to it on the stack (with the libraries that file calls),",
    "unless markdown-it's or VitePress's code is nearer: that is Markdown work, not a plugin's. The rest of the",
    'difference is VitePress rendering what the plugins add (links, tooltips, box bodies) and the garbage collector.',
    '',
    "| file of ours | CPU per pass | of VitePress's Markdown |",
    '| --- | --- | --- |',
    ...rows.filter(([, ms]) => ms >= 0.5).map(([file, ms]) => `| \`${file}\` | ${ms.toFixed(0)} ms | ${((ms / vitepress) * 100).toFixed(1)} % |`),
    `| all files of ours | ${total.toFixed(0)} ms | ${((total / vitepress) * 100).toFixed(1)} % |`,
  ]
}

await main()
