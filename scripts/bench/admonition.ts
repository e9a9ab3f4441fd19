// Benchmark: what the admonition plugin adds to rendering a 1 000-block page, with and without VitePress around it.
//
// Usage: npm run bench:markdown [-- --runs 80]
// Budget (issue 4): under 5 % more render time for a 1 000-block document versus VitePress without the plugin.
import { fileURLToPath } from 'node:url'
import MarkdownIt from 'markdown-it'
import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress'
import { shared } from '../../docs/.vitepress/config/shared.ts'
import { admonitionPlugin } from '../../docs/.vitepress/markdown/admonition.ts'
import { benchArgs } from './bench-args.ts'

const BUDGET = 0.05
const DOCS = fileURLToPath(new URL('../../docs', import.meta.url))
const values = benchArgs('bench:markdown', { runs: { type: 'string', default: '80' } })
const RUNS = Number(values.runs)

type Render = (src: string) => string

type Syntax = 'mkdocs' | 'vitepress'

// The same four boxes in both syntaxes, so the two pages render the same HTML apart from our classes.
const BOXES: Record<Syntax, string[]> = {
  mkdocs: ['!!! note', '!!! warning "显存不足"', '??? tip "展开"', '!!! info "**事件报告**"'],
  vitepress: ['::: info 注意', '::: warning 显存不足', '::: details 展开', '::: info **事件报告**'],
}

/** A page of `blocks` blocks in the proportions of the guide: mostly prose and lists, some tables and code. */
function documentOf(blocks: number, admonitionEvery: number, syntax: Syntax = 'mkdocs'): string {
  const parts: string[] = []
  for (let i = 0; i < blocks; i++) {
    const n = i + 1
    if (admonitionEvery > 0 && i % admonitionEvery === admonitionEvery - 1) {
      const body = [`第 ${n} 个提示框的正文，包含 **粗体** 和 \`代码\`。`, '', '- 列表项一', '- 列表项二']
      const header = BOXES[syntax][i % 4]!
      parts.push(
        syntax === 'mkdocs'
          ? [header, ...body.map((l) => (l ? `    ${l}` : ''))].join('\n')
          : [header, ...body, ':::'].join('\n'),
      )
      continue
    }
    switch (i % 10) {
      case 0:
        parts.push(`## 第 ${n} 节`)
        break
      case 3:
        parts.push(`- 采样器：**DPM++ 2M Karras**\n- 步数：${n}\n- 详见 [名词解释](/glossary/)`)
        break
      case 5:
        parts.push(`| 模型 | 显存 |\n| ---- | ---- |\n| SD 1.5 | 4 GB |\n| SDXL | ${n} GB |`)
        break
      case 7:
        parts.push(`> 第 ${n} 段引用：能跑就行。`)
        break
      case 9:
        parts.push(n % 50 === 0 ? '```bash\n./webui.sh --xformers --medvram\n```' : `第 ${n} 段：\`--no-half-vae\` 可以避免黑图。`)
        break
      default:
        parts.push(`第 ${n} 段正文。因为泄漏事件，NAI 的模型被泄漏了两次，而后来 **Stable Diffusion WebUi** 对模型进行了支持。`)
    }
  }
  return parts.join('\n\n') + '\n'
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

interface Pair {
  without: Render
  with: Render
}

interface Row {
  name: string
  without: number
  with: number
}

// One render of each set-up per step, in ABBA order, so JIT warm-up and GC weigh on both alike.
// CPU time rather than wall time: on a shared machine other processes would otherwise show up
// as overhead; the median then drops the outliers.
function measure(name: string, src: string, pair: Pair): Row {
  for (let i = 0; i < 5; i++) pair.without(src), pair.with(src)
  const samples = { without: [] as number[], with: [] as number[] }
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? (['without', 'with'] as const) : (['with', 'without'] as const)
    for (const which of order) {
      const start = process.cpuUsage()
      pair[which](src)
      const used = process.cpuUsage(start)
      samples[which].push((used.user + used.system) / 1000)
    }
  }
  return { name, without: median(samples.without), with: median(samples.with) }
}

// VitePress keeps one markdown-it instance per process (and disposing it disposes shiki), so
// "without" is the same instance with the plugin's two rules switched off.
async function vitepressPair(): Promise<Pair> {
  const md = await createMarkdownRenderer(DOCS, shared.markdown, '/', { warn: () => {} })
  const env = () => ({ path: `${DOCS}/bench.md`, relativePath: 'bench.md' })
  const toggle = (on: boolean) => {
    md.block.ruler[on ? 'enable' : 'disable'](['admonition'])
    md.core.ruler[on ? 'enable' : 'disable'](['admonition_title_html'])
  }
  return {
    without: (src) => (toggle(false), md.render(src, env())),
    with: (src) => (toggle(true), md.render(src, env())),
  }
}

function noisePair(): Pair {
  const a = new MarkdownIt({ html: true })
  const b = new MarkdownIt({ html: true })
  return { without: (src) => a.render(src), with: (src) => b.render(src) }
}

function plainPair(): Pair {
  const without = new MarkdownIt({ html: true })
  const withPlugin = new MarkdownIt({ html: true }).use(admonitionPlugin, { warn: () => {} })
  return { without: (src) => without.render(src), with: (src) => withPlugin.render(src) }
}

const mkdocsPage = documentOf(1000, 10, 'mkdocs')
const vitepressPage = documentOf(1000, 10, 'vitepress')
const noBoxes = documentOf(1000, 0)

const vitepress = await vitepressPair()
const plain = plainPair()
const rows = [
  // The headline: the page as contributors paste it (`!!!`, plugin on) against the same boxes
  // written the VitePress way (`:::`, plugin off).
  measure('VitePress, 1 000 blocks, 100 boxes: !!! + plugin vs ::: without', mkdocsPage, {
    with: vitepress.with,
    without: (src) => vitepress.without(src === mkdocsPage ? vitepressPage : src),
  }),
  measure('VitePress, 1 000 blocks, no boxes: plugin on vs off', noBoxes, vitepress),
  measure('markdown-it alone, 1 000 blocks, no boxes: plugin on vs off', noBoxes, plain),
  // Two identical renderers: whatever this row shows is the machine's noise, not the plugin.
  measure('(noise floor) markdown-it vs an identical markdown-it', noBoxes, noisePair()),
  // For reference only: without the plugin a `!!!` body is an indented code block, far less work.
  measure('(ref) VitePress, the !!! page, plugin on vs off', mkdocsPage, vitepress),
]
disposeMdItInstance()

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length))
console.log(`admonition plugin render-time overhead (median CPU time of ${RUNS} interleaved renders each, node ${process.version})`)
console.log(`${pad('document', 66)}${pad('without', 12)}${pad('with', 12)}overhead`)
for (const row of rows) {
  const overhead = (row.with - row.without) / row.without
  console.log(
    `${pad(row.name, 66)}${pad(row.without.toFixed(2) + ' ms', 12)}${pad(row.with.toFixed(2) + ' ms', 12)}${(overhead * 100).toFixed(1)} %`,
  )
}
const headline = rows[0]!
const headlineOverhead = (headline.with - headline.without) / headline.without
console.log(
  `budget: < ${BUDGET * 100} % for "${headline.name}" — ${headlineOverhead < BUDGET ? 'within budget' : 'OVER BUDGET'} (${(headlineOverhead * 100).toFixed(1)} %)`,
)
