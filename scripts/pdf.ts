// `npm run pdf`: the whole guide as one PDF (aidraw.pdf) from the build in docs/.vitepress/dist, printed by the
// Chromium the tests use. Cover, table of contents, then every page in sidebar order; links stay in the PDF.
//
//   npm run build && npm run pdf
//   npm run pdf -- --out FILE --dist DIR
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { siteUrl } from '../docs/.vitepress/site.ts'
import { requireBrowser } from './lib/chromium.ts'
import { bookPages, cover } from './lib/pdf-pages.ts'
import { printGuide } from './lib/pdf-print.ts'
import { readPdf } from './lib/pdf-read.ts'

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'aidraw.pdf' }, dist: { type: 'string', default: 'docs/.vitepress/dist' } } })
  const distDir = values.dist
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`npm run pdf: ${distDir} has no built site; run \`npm run build\` first`)
    return 2
  }
  const started = Date.now()
  const browserPath = await requireBrowser()
  const pages = bookPages()
  const { problems, internalLinks } = await printGuide({ distDir, out: values.out, browserPath, pages, cover: cover(siteUrl(), new Date()) })
  for (const problem of problems) console.error(`npm run pdf: ${problem}`)
  const { pageCount } = await readPdf(values.out)
  const size = (statSync(values.out).size / 1024 / 1024).toFixed(1)
  console.log(`${values.out}: ${pages.length} pages of the guide on ${pageCount} PDF pages, ${size} MB, ${internalLinks} internal links, in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return problems.length > 0 ? 1 : 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(`npm run pdf: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exitCode = 2
  },
)
