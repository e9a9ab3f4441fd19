// `npm run check:images`: every image of the guide lives where readers in mainland China can load it, with alt text, within budget.
import { COMMON_OPTIONS_HELP, parseCheckerArgv, sourceFolders } from './lib/cli-args.ts'
import { checkImages } from './lib/image-check.ts'
import { DEFAULT_IMAGE_CONFIG, DEFAULT_MAX_KB, loadImageConfig } from './lib/image-policy.ts'
import { ProgressLine } from './lib/progress.ts'
import { printReport } from './lib/reporters.ts'
import { UrlCache } from './lib/url-cache.ts'
import { runAsCommand } from './lib/command.ts'

const DEFAULT_SRC = 'docs'
const DEFAULT_CACHE = '.cache/images.json'

const HELP = `\
Usage: npm run check:images -- [options] [src-dir]

Checks every image of the Markdown sources — ![alt](url), reference-style images, <img>,
<picture> srcset, images in admonitions, tabs and tables, the frontmatter hero image — and
names each problem at the file:line:col where the image is written.

  src-dir                Markdown sources (default ${DEFAULT_SRC}); /x.png is looked up in <src-dir>/public

Errors: an image on a host that is blocked in mainland China or not classified yet; http://
(mixed content); missing or meaningless alt text ("", "？", "image", a file name); a local
file that is missing, over the size budget, or whose width and height cannot be read.
Warnings: a host classed "slow".

Options:
  --network              also ask each remote image's host (HEAD, then a ranged GET): it must answer
                         200 with an image/* content type; reports sizes over the budget
  --public DIR           folder served at the site root (default <src-dir>/public)
  --no-cache             with --network: neither read nor write the cache of good answers (${DEFAULT_CACHE})
${COMMON_OPTIONS_HELP.replace('JSON config file (ignore patterns, per-host overrides, bot-walled hosts)', `JSON config file, default ${DEFAULT_IMAGE_CONFIG}`)}

Config file (JSON), besides the link checker's keys ("ignore", "hosts", "cache", "userAgent"):
  "imageHosts":   {"example.com": {"reach": "ok" | "slow" | "blocked", "reason": "why"}}
                  how each host loads in mainland China; "example.com" covers its subdomains,
                  "github.com/*/*/assets" matches paths (* = one segment). Unknown hosts are errors.
                  GitHub user content, github.com assets, img.shields.io and imgur are blocked
                  unless the file says otherwise. The site's CSP img-src allows the ok and slow hosts.
  "localImages":  {"maxKB": ${DEFAULT_MAX_KB}}   size budget for one image file

Output: one finding a line, \`file:line:col severity code url (alt) — message\`, then a summary.

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or internal error.
`

export async function main(argv: readonly string[]): Promise<number> {
  const started = performance.now()
  const args = parseCheckerArgv(argv, { network: { type: 'boolean' }, public: { type: 'string' }, 'no-cache': { type: 'boolean' } }, HELP, 'source folder')
  if (!args) return 0
  const { values, common, folder } = args
  const folders = sourceFolders(folder, values, DEFAULT_SRC)
  const { config, policy } = await loadImageConfig(common.configFile, DEFAULT_CACHE)
  const network = values.network === true
  const cache =
    !network || values['no-cache'] === true || config.cache.ttlHours === 0
      ? UrlCache.disabled()
      : await UrlCache.load(config.cache.file, config.cache.ttlHours * 3_600_000)

  const progress = new ProgressLine(process.stderr)
  const result = await checkImages({
    ...folders,
    policy,
    config,
    network,
    concurrency: common.concurrency,
    perHost: common.perHost,
    timeoutMs: common.timeoutMs,
    retries: common.retries,
    cache,
    onProgress: (message) => progress.update(`check-images: ${message}`),
  })
  progress.clear()

  const counts: Record<string, number> = {
    pages: result.counts.pages,
    images: result.counts.images,
    'local images': result.counts.local,
    'remote images': result.counts.remote,
  }
  if (result.counts.inline > 0) counts['inline images'] = result.counts.inline
  if (result.counts.ignored > 0) counts.ignored = result.counts.ignored
  if (network) counts['remote KB'] = Math.round(result.counts.remoteBytes / 1024)
  return printReport('check-images', result.findings, counts, { format: common.format, startedMs: started })
}

// Run as a command (not when imported by tests or the benchmark).
runAsCommand(import.meta.url, 'check-images', main)
