// `npm run check:links`: finds broken links, anchors and (with --external) remote URLs in the built guide.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { loadCheckerConfig } from './lib/checker-config.ts'
import {
  COMMON_OPTIONS_HELP,
  parseCheckerArgv,
  stringOption,
} from './lib/cli-args.ts'
import { UsageError } from './lib/exit-codes.ts'
import { checkSiteLinks } from './lib/link-check.ts'
import { ProgressLine } from './lib/progress.ts'
import { printReport } from './lib/reporters.ts'
import { UrlCache } from './lib/url-cache.ts'
import { isDirectory, runAsCommand } from './lib/command.ts'

const DEFAULT_DIST = 'docs/.vitepress/dist'
const DEFAULT_SRC = 'docs'
const DEFAULT_CONFIG = 'links.config.json'
const DEFAULT_CACHE = '.cache/links.json'

const HELP = `\
Usage: npm run check:links -- [options] [dist-dir]

Checks every link of the built guide: internal pages and files (clean URLs and the
site base honoured), #anchors, and with --external every remote URL once. Each
finding names the Markdown file:line:col where the link is written.

  dist-dir               built site to check (default ${DEFAULT_DIST};
                         built with \`vitepress build docs\` first when missing)

Options:
  --external             also check remote http(s) URLs (off by default: offline runs stay clean)
  --src DIR              Markdown sources the site was built from (default ${DEFAULT_SRC})
  --base PATH            the site's base, e.g. /aidraw/ (default: read from the built pages)
  --no-cache             neither read nor write the cache of good remote answers (${DEFAULT_CACHE})
${COMMON_OPTIONS_HELP.replace('JSON config file (', `JSON config file, default ${DEFAULT_CONFIG} (`)}

Config file (JSON):
  "ignore":        ["regex", {"pattern": "regex", "reason": "why"}]   links never checked: remote URLs,
                   internal links as written or as site paths (/guide/x#y)
  "botWallHosts":  ["discord.gg", …]   hosts that answer robots with 403/captcha: warnings, not errors
  "hosts":         {"example.com": {"perHost": 1, "timeout": 20000, "method": "GET",
                    "headers": {…}, "botWall": true}}   per-host overrides (subdomains included)
  "cache":         {"file": "${DEFAULT_CACHE}", "ttlHours": 24}   good answers kept this long
  "userAgent":     "…"

Output: one finding a line, \`file:line:col severity code url (text) — message\`, then a
summary. A progress line goes to stderr when it is a terminal.

Exit codes: 0 no broken links (warnings allowed), 1 broken links found, 2 usage or internal error.
`

export async function main(argv: readonly string[]): Promise<number> {
  const started = performance.now()
  const args = parseCheckerArgv(argv, { external: { type: 'boolean' }, src: { type: 'string' }, base: { type: 'string' }, 'no-cache': { type: 'boolean' } }, HELP, 'dist folder')
  if (!args) return 0
  const { values, common, folder } = args

  const distDir = resolve(folder ?? DEFAULT_DIST)
  const srcDir = resolve(stringOption(values, 'src') ?? DEFAULT_SRC)
  if (!isDirectory(distDir)) {
    if (folder !== undefined) throw new UsageError(`no built site at ${folder}`)
    buildSite(srcDir)
  }
  if (!isDirectory(srcDir)) throw new UsageError(`no Markdown sources at ${srcDir} (see --src)`)

  const config = await loadCheckerConfig(common.configFile ?? DEFAULT_CONFIG, {
    required: common.configFile !== undefined,
    cacheFile: DEFAULT_CACHE,
  })
  const cache =
    values['no-cache'] === true || config.cache.ttlHours === 0
      ? UrlCache.disabled()
      : await UrlCache.load(config.cache.file, config.cache.ttlHours * 3_600_000)

  const progress = new ProgressLine(process.stderr)
  const result = await checkSiteLinks({
    distDir,
    srcDir,
    base: stringOption(values, 'base'),
    external: values.external === true,
    concurrency: common.concurrency,
    perHost: common.perHost,
    timeoutMs: common.timeoutMs,
    retries: common.retries,
    config,
    cache,
    onProgress: (message) => progress.update(message),
  })
  progress.clear()

  const counts: Record<string, number> = {
    pages: result.counts.pages,
    links: result.counts.links,
    'unique URLs': result.counts.uniqueUrls,
  }
  if (result.counts.ignored > 0) counts.ignored = result.counts.ignored
  if (result.counts.cached > 0) counts['cached answers'] = result.counts.cached
  return printReport('check-links', result.findings, counts, { format: common.format, startedMs: started, errorNoun: 'broken' })
}

/** The default dist folder is missing: build it, talking on stderr so that --json stdout stays clean. */
function buildSite(srcDir: string): void {
  process.stderr.write(`check-links: no built site at ${DEFAULT_DIST}; building it first (vitepress build)…\n`)
  const result = spawnSync('npx', ['vitepress', 'build', srcDir], { stdio: ['ignore', process.stderr, process.stderr] })
  if (result.status !== 0) throw new UsageError('the build failed; fix it (npm run build) and run the check again')
}

// Run as a command (not when imported by tests or the benchmark).
runAsCommand(import.meta.url, 'check-links', main)
