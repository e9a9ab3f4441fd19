// The page-weight budget check: which files count, gzip sums, and the exit code when a page is over budget.
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { budgetConfig, checkBudgets, main } from '../../scripts/check-budget.ts'
import { UsageError } from '../../scripts/lib/exit-codes.ts'
import { initialAssets, pageWeight } from '../../scripts/lib/page-weight.ts'
import { runScript } from '../support/run-script.ts'

// A built site shaped like VitePress's output. Random bytes do not compress, so each file's gzip size is known
// to within gzip's few bytes of framing; the lazy chunk and the prefetch must not count.
const FILES: Record<string, Buffer> = {
  'assets/app.A1.js': randomBytes(3000),
  'assets/chunks/framework.B2.js': randomBytes(20_000),
  'assets/chunks/theme.C3.js': randomBytes(8000),
  'assets/index.md.D4.lean.js': randomBytes(1000),
  'assets/inline-script.E5.js': randomBytes(200),
  'assets/style.F6.css': randomBytes(6000),
  'assets/chunks/VPLocalSearchBox.G7.js': randomBytes(30_000),
  'assets/guide_start.md.H8.lean.js': randomBytes(5000),
  'logo.svg': Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
}
const INDEX_HTML = `<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <link rel="preload stylesheet" href="/assets/style.F6.css" as="style">
    <script type="module" src="/assets/app.A1.js"></script>
    <link rel="modulepreload" href="/assets/chunks/theme.C3.js">
    <link rel="modulepreload" href="/assets/chunks/framework.B2.js">
    <link rel="modulepreload" href="/assets/index.md.D4.lean.js">
    <link rel="prefetch" href="/assets/guide_start.md.H8.lean.js">
    <link rel="icon" href="/logo.svg">
    <script id="check-dark-mode" src="/assets/inline-script.E5.js"></script>
  </head>
  <body><div id="app"><img src="/logo.svg" alt="标志"><a href="/guide/start">开始</a></div></body>
</html>
`
const COUNTED = ['assets/app.A1.js', 'assets/chunks/framework.B2.js', 'assets/chunks/theme.C3.js', 'assets/index.md.D4.lean.js', 'assets/inline-script.E5.js', 'assets/style.F6.css']
const expectedBytes = COUNTED.reduce((sum, f) => sum + gzipSync(FILES[f]!, { level: 6 }).length, 0)

let dist: string
let configDir: string

function writeBudget(name: string, pages: unknown): string {
  const file = join(configDir, name)
  writeFileSync(file, JSON.stringify({ pages }))
  return file
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'check-budget-dist-'))
  configDir = mkdtempSync(join(tmpdir(), 'check-budget-config-'))
  for (const [file, bytes] of Object.entries(FILES)) {
    mkdirSync(join(dist, file, '..'), { recursive: true })
    writeFileSync(join(dist, file), bytes)
  }
  writeFileSync(join(dist, 'index.html'), INDEX_HTML)
  mkdirSync(join(dist, 'guide'))
  writeFileSync(join(dist, 'guide/start.html'), INDEX_HTML.replace('index.md.D4.lean.js', 'guide_start.md.H8.lean.js'))
})

afterAll(() => {
  rmSync(dist, { recursive: true, force: true })
  rmSync(configDir, { recursive: true, force: true })
})

describe('initialAssets', () => {
  it('lists module scripts, module preloads, stylesheets and eager images, not prefetches, icons or lazy images', () => {
    const html = INDEX_HTML.replace('</body>', '<img src="/late.png" loading="lazy"></body>')
    expect(initialAssets(html)).toEqual([
      { url: '/assets/style.F6.css', kind: 'css' },
      { url: '/assets/app.A1.js', kind: 'js' },
      { url: '/assets/chunks/theme.C3.js', kind: 'js' },
      { url: '/assets/chunks/framework.B2.js', kind: 'js' },
      { url: '/assets/index.md.D4.lean.js', kind: 'js' },
      { url: '/assets/inline-script.E5.js', kind: 'js' },
      { url: '/logo.svg', kind: 'image' },
    ])
  })

  it('leaves out stylesheets only for other media (print), keeps those that can apply to a screen', () => {
    const sheet = (media: string) => `<link rel="stylesheet" href="/${encodeURIComponent(media)}.css" media="${media}">`
    const forScreen = ['screen', 'all', 'only screen and (min-width: 960px)', '(prefers-color-scheme: dark)', 'print, screen', 'not print', 'not screen and (color)', ' ']
    const notForScreen = ['print', 'only print', 'speech', 'print and (orientation: landscape)', 'not screen', 'not all', 'PRINT']
    const urls = initialAssets([...forScreen, ...notForScreen].map(sheet).join('\n')).map((a) => a.url)
    expect(urls).toEqual(forScreen.map((media) => `/${encodeURIComponent(media)}.css`))
  })

  it('does not count a print stylesheet in the page weight', () => {
    const site = mkdtempSync(join(tmpdir(), 'check-budget-print-'))
    try {
      writeFileSync(join(site, 'style.css'), randomBytes(700))
      writeFileSync(join(site, 'print.css'), randomBytes(5000))
      writeFileSync(join(site, 'index.html'), '<link rel="preload stylesheet" href="/style.css" as="style"><link rel="stylesheet" href="/print.css" media="print">')
      const weight = pageWeight(site, '/')
      expect(weight.assets.map((a) => a.path)).toEqual(['/', '/style.css'])
      expect(weight.totals.css).toBe(gzipSync(readFileSync(join(site, 'style.css')), { level: 6 }).length)
    } finally {
      rmSync(site, { recursive: true, force: true })
    }
  })
})

describe('pageWeight', () => {
  it('sums the gzip sizes of what the page loads first, and finds clean-URL pages', () => {
    const home = pageWeight(dist, '/')
    expect(home.totals.js + home.totals.css).toBe(expectedBytes)
    expect(home.assets.map((a) => a.path)).not.toContain('/assets/chunks/VPLocalSearchBox.G7.js')
    expect(home.missing).toEqual([])
    const guide = pageWeight(dist, '/guide/start')
    expect(guide.file).toBe('guide/start.html')
    expect(guide.assets.map((a) => a.path)).toContain('/assets/guide_start.md.H8.lean.js')
  })

  it('counts CSS inside a <style> as CSS, once: its share of the HTML gzip moves from HTML to CSS, with the fonts it names', () => {
    const site = mkdtempSync(join(tmpdir(), 'check-budget-inline-'))
    try {
      // 3 000 random bytes as hex cannot gzip below 3 000 bytes: the inline CSS has a share of its own to find.
      const css = `.a{background:url(data:x,${randomBytes(3000).toString('hex')})}@font-face{src:url(/f.woff2)}`
      const html = `<!DOCTYPE html><html><head><style>${css}</style></head><body><p>${'正文'.repeat(200)}</p></body></html>`
      writeFileSync(join(site, 'index.html'), html)
      writeFileSync(join(site, 'f.woff2'), randomBytes(999))
      const weight = pageWeight(site, '/')
      const htmlGzip = gzipSync(Buffer.from(html), { level: 6 }).length
      const withoutCss = gzipSync(Buffer.from(html.replace(css, '')), { level: 6 }).length
      expect(weight.assets.map((a) => [a.path, a.kind])).toEqual([['/', 'html'], ['/ <style>', 'css'], ['/f.woff2', 'font']])
      expect(weight.totals.css).toBe(htmlGzip - withoutCss)
      expect(weight.totals.css).toBeGreaterThan(3000)
      expect(weight.totals.html).toBe(withoutCss)
      expect(weight.totals.html + weight.totals.css).toBe(htmlGzip)
      expect(weight.totals.font).toBe(999)
      expect(weight.assets[1]!.rawBytes).toBe(Buffer.byteLength(css))
    } finally {
      rmSync(site, { recursive: true, force: true })
    }
  })

  it('counts fonts named by a stylesheet and reports files the page names but the site lacks', () => {
    const site = mkdtempSync(join(tmpdir(), 'check-budget-fonts-'))
    try {
      mkdirSync(join(site, 'assets/fonts'), { recursive: true })
      writeFileSync(join(site, 'assets/style.css'), '@font-face{src:url(./fonts/inter.woff2) format("woff2")}')
      writeFileSync(join(site, 'assets/fonts/inter.woff2'), randomBytes(4321))
      writeFileSync(join(site, 'index.html'), '<link rel="stylesheet" href="/assets/style.css"><script type="module" src="/assets/gone.js"></script>')
      const weight = pageWeight(site, '/')
      expect(weight.totals.font).toBe(4321)
      expect(weight.missing).toEqual(['/assets/gone.js'])
    } finally {
      rmSync(site, { recursive: true, force: true })
    }
  })
})

describe('check:budget', () => {
  it('passes a page within its budget', () => {
    const config = budgetConfig(writeBudget('roomy.json', [{ path: '/', jsCssKB: (expectedBytes + 1) / 1024 }]))
    const [result] = checkBudgets(dist, config)
    expect(result).toMatchObject({ path: '/', jsCssBytes: expectedBytes, over: false })
  })

  it('fails a page one byte over its budget', () => {
    const config = budgetConfig(writeBudget('tight.json', [{ path: '/', jsCssKB: (expectedBytes - 1) / 1024 }]))
    const [result] = checkBudgets(dist, config)
    expect(result).toMatchObject({ jsCssBytes: expectedBytes, budgetBytes: expectedBytes - 1, over: true })
  })

  it('exits 1 and names the largest files when over budget, 0 when within', async () => {
    const lines: string[] = []
    const tight = writeBudget('tight-cli.json', [{ path: '/', jsCssKB: 10 }, { path: '/guide/start', jsCssKB: 100 }])
    expect(await main(['--config', tight, dist], (t) => lines.push(t))).toBe(1)
    const text = lines.join('')
    expect(text).toContain(`${tight}: /: first-load JS + CSS ${(expectedBytes / 1024).toFixed(1)} KB gzip, budget 10.0 KB — over by`)
    expect(text).toContain('largest: /assets/chunks/framework.B2.js')
    expect(text).toMatch(/^\/guide\/start: .* — ok/m)
    const roomy = writeBudget('roomy-cli.json', [{ path: '/', jsCssKB: 100 }])
    expect(await main(['--config', roomy, dist], () => {})).toBe(0)
  })

  it('prints JSON with --json', async () => {
    let out = ''
    const roomy = writeBudget('json.json', [{ path: '/', jsCssKB: 100 }])
    expect(await main(['--json', '--config', roomy, dist], (t) => (out += t))).toBe(0)
    const doc = JSON.parse(out) as { results: { path: string; jsCssBytes: number; over: boolean }[] }
    expect(doc.results).toEqual([expect.objectContaining({ path: '/', jsCssBytes: expectedBytes, over: false })])
  })

  it('treats a missing site, a page the site lacks or a broken budgets file as usage errors', async () => {
    const ok = writeBudget('ok.json', [{ path: '/', jsCssKB: 100 }])
    await expect(main(['--config', ok, join(dist, 'nowhere')], () => {})).rejects.toThrow(UsageError)
    await expect(main(['--config', writeBudget('lost.json', [{ path: '/', jsCssKB: 1 }, { path: '/lost', jsCssKB: 1 }]), dist], () => {})).rejects.toThrow(/no built page for \/lost/)
    expect(() => budgetConfig(writeBudget('no-home.json', [{ path: '/guide/start', jsCssKB: 1 }]))).toThrow(/home page/)
    expect(() => budgetConfig(writeBudget('zero.json', [{ path: '/', jsCssKB: 0 }]))).toThrow(/positive number/)
    expect(() => budgetConfig(writeBudget('empty.json', []))).toThrow(/non-empty list/)
  })

  it('reads the repository budgets file, which budgets the home page', () => {
    expect(budgetConfig().home.jsCssKB).toBeGreaterThan(0)
  })

  it('runs as a command: exit code 1 over budget', async () => {
    const tight = writeBudget('tight-process.json', [{ path: '/', jsCssKB: 1 }])
    const { code } = await runScript('scripts/check-budget.ts', ['--config', tight, dist])
    expect(code).toBe(1)
  })
})
