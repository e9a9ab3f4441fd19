// `npm run bench:bundle`: builds the real guide aside (under /tmp) and lists which modules make up the home page's first-load JS.
//
// Usage: npm run bench:bundle [-- --top 25 --no-write]
// The profile behind the page-weight budget: what to cut to reach issue 9's 80 KB home page.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join, relative } from 'node:path'
import { pageWeight } from '../lib/page-weight.ts'
import { kb, machineLine, ROOT, writeResults, writeSection } from './benchmarks-file.ts'
import { benchArgs } from './bench-args.ts'

const values = benchArgs('bench:bundle', { top: { type: 'string', default: '25' }, 'no-write': { type: 'boolean', default: false } })

interface ModuleShare {
  module: string
  /** Bytes the module contributes to its chunk after tree-shaking, before minification (Rollup's renderedLength). */
  bytes: number
  /** Its share of the chunk's gzip size, pro rata to those bytes (an estimate). */
  gzipShare: number
  chunk: string
}

async function main(): Promise<void> {
  const started = new Date()
  const root = mkdtempSync(join(os.tmpdir(), 'aidraw-bundle-'))
  try {
    const modulesFile = join(root, 'modules.json')
    const outDir = join(root, 'dist')
    // A root of our own (its .vitepress/.temp and cache), reading the real docs/: builds running in the repository are not disturbed.
    mkdirSync(join(root, '.vitepress/theme'), { recursive: true })
    writeFileSync(
      join(root, '.vitepress/config.ts'),
      `import config from ${JSON.stringify(join(ROOT, 'docs/.vitepress/config/index.ts'))}\n` +
        `import { recordModules } from ${JSON.stringify(join(ROOT, 'scripts/bench/bundle-modules-plugin.ts'))}\n` +
        `export default { ...config, srcDir: ${JSON.stringify(join(ROOT, 'docs'))}, vite: { ...config.vite, plugins: [...(config.vite?.plugins ?? []), recordModules(${JSON.stringify(modulesFile)})] } }\n`,
    )
    writeFileSync(join(root, '.vitepress/theme/index.ts'), `export { default } from ${JSON.stringify(join(ROOT, 'docs/.vitepress/theme/index.ts'))}\n`)
    writeFileSync(join(root, 'package.json'), JSON.stringify({ private: true, type: 'module' }) + '\n')
    // The server bundle imports vue from its own folder: resolve it through a link to the repository's packages.
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir')
    process.stderr.write(`bundle: building the guide into ${outDir}…\n`)
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vitepress/bin/vitepress.js'), 'build', root, '--outDir', outDir], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    const chunks = JSON.parse(readFileSync(modulesFile, 'utf8')) as Record<string, Record<string, number>>
    const home = pageWeight(outDir, '/')
    const shares: ModuleShare[] = []
    for (const asset of home.assets.filter((a) => a.kind === 'js')) {
      const chunk = asset.path.replace(/^\//, '')
      const modules = chunks[chunk]
      if (!modules) continue
      const total = Object.values(modules).reduce((a, b) => a + b, 0)
      for (const [id, bytes] of Object.entries(modules)) {
        shares.push({ module: shortName(id), bytes, gzipShare: total ? (bytes / total) * asset.gzipBytes : 0, chunk })
      }
    }
    const css = home.assets.filter((a) => a.kind === 'css')
    const section = render(shares, css, home.totals, started)
    process.stdout.write(section + '\n')
    if (!values['no-write']) {
      writeResults('bundle', { started: started.toISOString(), homeTotals: home.totals, css, modules: shares.sort((a, b) => b.gzipShare - a.gzipShare) })
      writeSection('bundle', 'npm run bench:bundle', section)
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

function shortName(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '')
  const inModules = clean.lastIndexOf('node_modules/')
  if (inModules >= 0) return clean.slice(inModules + 'node_modules/'.length)
  return clean.startsWith(ROOT) ? relative(ROOT, clean) : clean
}

/** Groups modules the way the budget discussion needs them: Vue, VitePress's client, its default theme, ours. */
function group(module: string): string {
  if (module.startsWith('@vue/') || module.startsWith('vue/')) return 'Vue runtime'
  if (module.startsWith('vitepress/dist/client/theme-default/')) return 'VitePress default theme'
  if (module.startsWith('vitepress/')) return 'VitePress client (router, data)'
  if (module.startsWith('docs/.vitepress/')) return 'ours (docs/.vitepress)'
  if (/\.md$/.test(module) || module.startsWith('docs/')) return 'the page itself'
  if (module.includes('node_modules') || !module.includes('/')) return 'other packages / virtual'
  return 'other packages / virtual'
}

function render(shares: ModuleShare[], css: { path: string; gzipBytes: number }[], totals: Record<string, number>, started: Date): string {
  const top = Number(values.top)
  const byGroup = new Map<string, number>()
  for (const s of shares) byGroup.set(group(s.module), (byGroup.get(group(s.module)) ?? 0) + s.gzipShare)
  const out = [
    '## What the home page loads (`npm run bench:bundle`)',
    '',
    `${machineLine(started)} (sizes do not depend on load).`,
    'The real guide built aside with a Rollup hook recording each module\'s size in its chunk after tree-shaking and',
    'before minification; a module\'s gzip share is its chunk\'s gzip size split pro rata to those sizes (an estimate:',
    'minification and gzip do not shrink every module alike).',
    '',
    `Home page first load, gzip: JS ${kb(totals.js ?? 0)} KB, CSS ${kb(totals.css ?? 0)} KB (${css.map((c) => `${c.path} ${kb(c.gzipBytes)}`).join(', ')}), HTML ${kb(totals.html ?? 0)} KB, images ${kb(totals.image ?? 0)} KB, fonts ${kb(totals.font ?? 0)} KB.`,
    '',
    '| JS by origin | KB gzip (est.) |',
    '| --- | --- |',
    ...[...byGroup].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => `| ${name} | ${kb(bytes)} |`),
    '',
    `| largest ${top} modules | chunk | KB before minification | KB gzip (est.) |`,
    '| --- | --- | --- | --- |',
    ...[...shares]
      .sort((a, b) => b.gzipShare - a.gzipShare)
      .slice(0, top)
      .map((s) => `| \`${s.module}\` | ${s.chunk.replace(/^assets\//, '')} | ${kb(s.bytes)} | ${kb(s.gzipShare)} |`),
  ]
  return out.join('\n')
}

await main()
