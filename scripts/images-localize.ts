// `npm run images:localize`: downloads every remote image of the guide into docs/public/images and points the Markdown at the copy.

import { COMMON_DEFAULTS, NETWORK_OPTION_SPECS, parseArgv, readNetworkOptions, sourceFolders } from './lib/cli-args.ts'
import { UsageError, exitCodeFor } from './lib/exit-codes.ts'
import { kb } from './lib/image-check.ts'
import { localizeImages } from './lib/image-localize.ts'
import { DEFAULT_IMAGE_CONFIG, loadImageConfig } from './lib/image-policy.ts'
import { ProgressLine } from './lib/progress.ts'
import { formatFindingLine } from './lib/reporters.ts'
import { runAsCommand } from './lib/command.ts'
import { displayPath } from '../docs/.vitepress/pages.ts'

const DEFAULT_SRC = 'docs'
const DEFAULT_TIMEOUT_MS = 30_000

const HELP = `\
Usage: npm run images:localize -- [options] [src-dir]

Downloads each remote image of the Markdown sources (default ${DEFAULT_SRC}) into
<src-dir>/public/images/<host>/<name>.<content-hash>.<ext>, converts it to a sensible size and
format (at most 1600 px wide; PNG stays lossless PNG unless over the size budget, then WebP;
JPEG re-encoded with mozjpeg; SVG and animated GIF kept), and rewrites each Markdown reference
to the local path — alt text, titles and attributes untouched.

Running it again changes nothing; a file already there with the same name and other content is
never overwritten (the reference keeps its remote URL and the run fails).

Options:
  --dry-run              download and convert, print the plan, write nothing
  --public DIR           folder served at the site root (default <src-dir>/public)
  --concurrency N        downloads at once (default ${COMMON_DEFAULTS.concurrency})
  --per-host N           downloads at once from one host (default ${COMMON_DEFAULTS.perHost})
  --timeout MS           give up on a download after MS milliseconds (default ${DEFAULT_TIMEOUT_MS})
  --retries N            extra tries after a network error, 429 or 5xx (default ${COMMON_DEFAULTS.retries})
  --config FILE          default ${DEFAULT_IMAGE_CONFIG}: its "ignore" patterns are left remote,
                         localImages.maxKB is the budget above which PNGs become WebP
  -h, --help             show this help

Exit codes: 0 every remote image localized (or none left), 1 some failed, 2 usage or internal error.
`

export async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgv(argv, { ...NETWORK_OPTION_SPECS, 'dry-run': { type: 'boolean' }, public: { type: 'string' } })
  const network = readNetworkOptions(values, DEFAULT_TIMEOUT_MS)
  if (network.help) {
    process.stdout.write(HELP)
    return 0
  }
  if (positionals.length > 1) throw new UsageError(`expected at most one source folder, got ${positionals.length}`)
  const folders = sourceFolders(positionals[0], values, DEFAULT_SRC)
  const { config, policy } = await loadImageConfig(network.configFile, '')
  const dryRun = values['dry-run'] === true

  const progress = new ProgressLine(process.stderr)
  const result = await localizeImages({
    ...folders,
    dryRun,
    config,
    concurrency: network.concurrency,
    perHost: network.perHost,
    timeoutMs: network.timeoutMs,
    retries: network.retries,
    budgetBytes: policy.maxBytes,
    onProgress: (message) => progress.update(message),
  })
  progress.clear()

  const out: string[] = []
  const verb = dryRun ? 'would localize' : 'localized'
  for (const image of result.images) {
    const size = `${kb(image.bytesIn)} ${image.formatIn} → ${kb(image.bytesOut)} ${image.formatOut}, ${image.width}×${image.height}`
    const what = image.status === 'reused' ? `${verb} (file already there)` : verb
    for (const ref of image.refs) {
      out.push(`${displayPath(ref.file)}:${ref.line}:${ref.col} ${what} ${ref.written} → ${image.sitePath} (${size})`)
    }
  }
  for (const failure of result.failures) out.push(formatFindingLine(failure))
  if (out.length > 0) out.push('')
  const files = result.rewrittenFiles.length
  out.push(
    result.remoteRefs === 0
      ? 'no remote images: nothing to localize'
      : `${result.images.length} images ${dryRun ? 'to localize' : 'localized'}, ${files} Markdown ${files === 1 ? 'file' : 'files'} ${dryRun ? 'to rewrite' : 'rewritten'}, ${result.failures.length} failed`,
  )
  process.stdout.write(out.join('\n') + '\n')
  return exitCodeFor(result.failures)
}

// Run as a command (not when imported by tests or the benchmark).
runAsCommand(import.meta.url, 'images:localize', main)
