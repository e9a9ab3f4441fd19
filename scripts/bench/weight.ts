// `npm run bench:weight`: first-load transfer of five pages of the built guide, measured in Chromium and computed from the files.
//
// Usage: npm run bench:weight [-- --dist docs/.vitepress/dist --no-write]
// Target (issue 9): ≤ 80 KB for the home page, HTML + CSS + JS + fonts + images, gzip as served; no web font.
import { chromium } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import zlib, { brotliCompressSync } from 'node:zlib'
import { budgetConfig } from '../check-budget.ts'
import { pageWeight, type AssetKind } from '../lib/page-weight.ts'
import { kb, loadAverage, machineLine, writeResults, writeSection } from './benchmarks-file.ts'
import { BENCH_PAGES, CHROMIUM_PATH, DEFAULT_DIST, requireBuiltSite } from './site-pages.ts'
import { OFFLINE_CHROMIUM_ARGS } from '../lib/chromium.ts'
import { startVercelServer } from '../lib/vercel-server.ts'
import { benchArgs } from './bench-args.ts'

const TARGET_HOME_BYTES = 80 * 1024

export type Kind = AssetKind | 'other'
const KINDS: Kind[] = ['html', 'css', 'js', 'font', 'image', 'other']

interface Response {
  url: string
  kind: Kind
  prefetch: boolean
  bodyBytes: number
  headerBytes: number
}

interface Measured {
  name: string
  path: string
  /** Response bodies as sent (gzipped where the server compresses) by kind, until the network is idle; prefetches excluded. */
  transfer: Record<Kind, number>
  /** HTTP/1.1 status lines and headers of those responses (HTTP/2 on a real host compresses them). */
  headerBytes: number
  responses: Response[]
  /** `<link rel=prefetch>` of linked pages' chunks that VitePress adds once the page is idle. */
  prefetchBytes: number
  requests: number
  /** Requests to other hosts (none should reach the internet; they fail here). */
  remote: string[]
  /** The same page computed from the built files with gzip (what `npm run check:budget` reads). */
  fromFiles: Record<AssetKind, number>
  /** All of it with brotli (quality 11), which Vercel sends to browsers that accept it. */
  brotliBytes: number
}

/** First-load assets (pageWeight's list, or what a browser fetched) compressed with brotli at quality 11, images and fonts as they are. */
export function brotliTotal(dist: string, htmlFile: string, assets: readonly { path: string; kind: Kind }[]): number {
  return assets.reduce((sum, asset) => {
    const bytes = readFileSync(join(dist, asset.kind === 'html' ? htmlFile : asset.path))
    const text = asset.kind !== 'image' && asset.kind !== 'font'
    return sum + (text || /\.svg$/i.test(asset.path) ? brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length : bytes.length)
  }, 0)
}

async function main(): Promise<void> {
  const values = benchArgs('bench:weight', { dist: { type: 'string', default: DEFAULT_DIST }, 'no-write': { type: 'boolean', default: false } })
  const started = new Date()
  const builtAt = requireBuiltSite(values.dist)
  const load = loadAverage()
  const server = await startVercelServer(values.dist)
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: OFFLINE_CHROMIUM_ARGS })
  const results: Measured[] = []
  try {
    for (const page of BENCH_PAGES) {
      process.stderr.write(`weight: ${page.path}\n`)
      const files = pageWeight(values.dist, page.path)
      results.push({
        ...page,
        ...(await measurePage(browser, server.origin + page.path)),
        fromFiles: files.totals,
        brotliBytes: brotliTotal(values.dist, files.file, files.assets),
      })
    }
  } finally {
    await browser.close()
    await server.close()
  }
  const section = render(results, started, builtAt, load)
  process.stdout.write(section + '\n')
  if (!values['no-write']) {
    writeResults('weight', { started: started.toISOString(), builtAt: builtAt.toISOString(), load: Number(load), pages: results })
    writeSection('weight', 'npm run bench:weight', section)
  }
}

/** Opens the page in a fresh mobile context (empty cache) and adds up Chromium's encoded byte counts per response. */
export async function measurePage(browser: import('@playwright/test').Browser, url: string) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const requests = new Map<string, { url: string; type: string; prefetch: boolean; headerBytes: number }>()
  const transfer = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>
  const responses: Response[] = []
  let prefetchBytes = 0
  let headerBytes = 0
  const remote = new Set<string>()
  const local = new URL(url).host
  cdp.on('Network.requestWillBeSent', (event) => {
    const headers = event.request.headers as Record<string, string>
    const purpose = headers['Sec-Purpose'] ?? headers['Purpose'] ?? ''
    requests.set(event.requestId, {
      url: event.request.url,
      type: event.type ?? 'Other',
      prefetch: /prefetch/i.test(purpose) || event.type === 'Prefetch',
      headerBytes: 0,
    })
    const host = new URL(event.request.url).host
    if (host && host !== local) remote.add(host)
  })
  // What has arrived when the response starts is its status line and headers.
  cdp.on('Network.responseReceived', (event) => {
    const request = requests.get(event.requestId)
    if (request) request.headerBytes = event.response.encodedDataLength
  })
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId)
    if (!request) return
    const body = event.encodedDataLength - request.headerBytes
    const kind = kindOf(request.type, request.url)
    responses.push({ url: new URL(request.url).pathname, kind, prefetch: request.prefetch, bodyBytes: body, headerBytes: request.headerBytes })
    if (request.prefetch) {
      prefetchBytes += body
      return
    }
    transfer[kind] += body
    headerBytes += request.headerBytes
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  // VitePress prefetches linked pages when the browser is idle; give it the chance, then count it apart.
  await page.waitForTimeout(1500)
  await context.close()
  return { transfer, headerBytes, prefetchBytes, requests: requests.size, remote: [...remote].sort(), responses }
}

function kindOf(type: string, url: string): Kind {
  switch (type) {
    case 'Document':
      return 'html'
    case 'Stylesheet':
      return 'css'
    case 'Script':
      return 'js'
    case 'Font':
      return 'font'
    case 'Image':
      return 'image'
    default:
      return /\.m?js(\?|$)/.test(url) ? 'js' : /\.css(\?|$)/.test(url) ? 'css' : 'other'
  }
}

export const sum = (totals: Partial<Record<Kind, number>>) => Object.values(totals).reduce((a, b) => a + (b ?? 0), 0)

function render(results: Measured[], started: Date, builtAt: Date, load: string): string {
  const budget = budgetConfig()
  const home = results.find((r) => r.path === '/')
  const out = [
    '## First-load transfer (`npm run bench:weight`)',
    '',
    `${machineLine(started)} (load does not change byte counts).`,
    `Site built ${builtAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, served by scripts/lib/vercel-server.ts (vercel.json headers, gzip level 6).`,
    'Chromium (Debian), fresh context with the cache off, mobile viewport 412 × 823. Sizes are response bodies as',
    'Chromium received them (gzipped) until the network is idle, then 1.5 s more for VitePress\'s idle prefetch of',
    'linked pages, which is shown apart; HTTP/1.1 headers are shown apart too (this server sends vercel.json\'s CSP',
    'and security headers with every file; HTTP/2 on the real host compresses them). "From files" is the same page',
    'computed from the built HTML with gzip, as `npm run check:budget` does, and with brotli, which Vercel sends to',
    'browsers that accept it. Which modules make up the JS: `npm run bench:bundle`.',
    '',
    '| page | HTML | CSS | JS | fonts | images | other | **total** | + headers | requests | idle prefetch | from files: JS + CSS · total · total brotli | other hosts |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const r of results) {
    const t = r.transfer
    out.push(
      `| ${r.name} \`${r.path}\` | ${kb(t.html)} | ${kb(t.css)} | ${kb(t.js)} | ${kb(t.font)} | ${kb(t.image)} | ${kb(t.other)} | ` +
        `**${kb(sum(t))} KB** | ${kb(r.headerBytes)} | ${r.requests} | ${kb(r.prefetchBytes)} KB | ${kb(r.fromFiles.js + r.fromFiles.css)} · ${kb(sum(r.fromFiles))} · ${kb(r.brotliBytes)} KB | ` +
        `${r.remote.length ? r.remote.join(', ') : 'none'} |`,
    )
  }
  out.push('', 'All sizes in KB (1 024 bytes).')
  if (home) {
    const total = sum(home.transfer)
    out.push(
      '',
      `- Home page: ${kb(total)} KB first-load transfer — target ≤ ${kb(TARGET_HOME_BYTES)} KB ${total <= TARGET_HOME_BYTES ? 'met' : `missed by ${kb(total - TARGET_HOME_BYTES)} KB`}.`,
      `- Web fonts downloaded on any page: ${results.some((r) => r.transfer.font > 0) ? 'yes — the system CJK font stack is not in effect' : 'none (system CJK font stack)'}.`,
      `- Budget in budgets.json for \`npm test\`: home JS + CSS ≤ ${budget.home.jsCssKB} KB gzip (now ${kb(home.fromFiles.js + home.fromFiles.css)} KB from files).`,
    )
  }
  return out.join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
