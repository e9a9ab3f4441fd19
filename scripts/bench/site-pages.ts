// The pages the page-weight and Lighthouse benches open (issue 9): one of each kind a reader lands on.
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { requireBrowser } from '../lib/chromium.ts'

export const BENCH_PAGES = [
  { name: 'home', path: '/' },
  { name: 'glossary index', path: '/glossary' },
  { name: 'term page (CLIP)', path: '/glossary/clip' },
  { name: 'jargon table', path: '/glossary/jargon' },
  { name: 'NAI page', path: '/guide/sd-and-nai' },
] as const

export const DEFAULT_DIST = 'docs/.vitepress/dist'

/** The built site to measure; says how to build it when it is missing. Returns when it was built. */
export function requireBuiltSite(dist: string): Date {
  const index = join(dist, 'index.html')
  if (!existsSync(index)) {
    process.stderr.write(`no built site in ${dist}: run \`npm run build\` first (or pass --dist)\n`)
    process.exit(2)
  }
  return statSync(index).mtime
}

/** The browser every bench drives (found as the tests find it), or the process stops with what to install. */
export const CHROMIUM_PATH = await requireBrowser()
