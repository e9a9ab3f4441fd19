// `npm run check:budget`: fails when a page's first-load JS + CSS (gzip, from the built files) grows past its budget in budgets.json.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as v from 'valibot'
import { parseArgv, stringOption } from './lib/cli-args.ts'
import { isDirectory, runAsCommand } from './lib/command.ts'
import { checkConfig, parseConfigText } from './lib/config-schema.ts'
import { EXIT_CLEAN, EXIT_FINDINGS, UsageError } from './lib/exit-codes.ts'
import { pageWeight, type PageAsset } from './lib/page-weight.ts'

const DEFAULT_DIST = 'docs/.vitepress/dist'
const DEFAULT_CONFIG = fileURLToPath(new URL('../budgets.json', import.meta.url))

const HELP = `\
Usage: npm run check:budget -- [options] [dist-dir]

Reads the built site (default ${DEFAULT_DIST}; run \`npm run build\` first) and, for each page
listed in budgets.json, adds up the gzipped size of the JS and CSS its HTML loads before any
script runs (module scripts, module preloads, stylesheets). Exits 1 when a page is over its
budget. No browser and no timing: the same build always gives the same numbers.

Options:
  --config FILE          budgets file (default budgets.json)
  --json                 print the results as JSON
  -h, --help             show this help`

export interface PageBudget {
  /** URL path of the page: \`/\`, \`/glossary/clip\`. */
  path: string
  /** Most first-load JS + CSS allowed, in KB (1 024 bytes) gzipped at level 6. */
  jsCssKB: number
}

export interface BudgetConfig {
  pages: PageBudget[]
  /** The budget of the home page (the budget), for reports. */
  home: PageBudget
}

export interface BudgetResult {
  path: string
  budgetBytes: number
  jsCssBytes: number
  over: boolean
  /** The page's JS and CSS files, largest first. */
  assets: PageAsset[]
  /** Files the page names that the built site lacks. */
  missing: string[]
}

const PageBudgetSchema = v.strictObject(
  {
    path: v.pipe(v.string('a URL path starting with /'), v.startsWith('/', 'a URL path starting with /')),
    jsCssKB: v.pipe(v.number('a positive number (KB)'), v.gtValue(0, 'a positive number (KB)')),
  },
  'an object { "path", "jsCssKB" }',
)

const BudgetsFileSchema = v.strictObject(
  {
    description: v.optional(v.string('a string')),
    pages: v.pipe(
      v.array(PageBudgetSchema, 'a non-empty list of { "path", "jsCssKB" }'),
      v.minLength(1, 'a non-empty list of { "path", "jsCssKB" }'),
      v.check((pages) => pages.some((p) => p.path === '/'), 'the home page "/" needs a budget'),
    ),
  },
  'a JSON object { "pages": [...] }',
)

/** Reads and checks a budgets file; a mistake in it is a usage error (exit 2), not a finding. */
export function budgetConfig(file = DEFAULT_CONFIG): BudgetConfig {
  if (!existsSync(file)) throw new UsageError(`no budgets file at ${file}`)
  const { pages } = checkConfig(BudgetsFileSchema, parseConfigText(readFileSync(file, 'utf8'), file), file)
  return { pages, home: pages.find((p) => p.path === '/')! }
}

export function checkBudgets(dist: string, config: BudgetConfig): BudgetResult[] {
  return config.pages.map((budget) => {
    let weight
    try {
      weight = pageWeight(dist, budget.path)
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
    const assets = weight.assets.filter((a) => a.kind === 'js' || a.kind === 'css').sort((a, b) => b.gzipBytes - a.gzipBytes)
    const jsCssBytes = assets.reduce((sum, a) => sum + a.gzipBytes, 0)
    const budgetBytes = Math.round(budget.jsCssKB * 1024)
    return { path: budget.path, budgetBytes, jsCssBytes, over: jsCssBytes > budgetBytes, assets, missing: weight.missing }
  })
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)

export function formatResult(result: BudgetResult, configName: string): string {
  const head = `${result.path}: first-load JS + CSS ${kb(result.jsCssBytes)} KB gzip, budget ${kb(result.budgetBytes)} KB`
  if (!result.over) return `${head} — ok (${kb(result.budgetBytes - result.jsCssBytes)} KB to spare)`
  const largest = result.assets.slice(0, 4).map((a) => `${a.path} ${kb(a.gzipBytes)} KB`).join(', ')
  return (
    `${configName}: ${head} — over by ${kb(result.jsCssBytes - result.budgetBytes)} KB\n` +
    `  largest: ${largest}\n` +
    `  Make the page lighter, or raise its jsCssKB in ${configName} and say why in the commit message.`
  )
}

export async function main(argv: readonly string[], out: (text: string) => void = (t) => process.stdout.write(t)): Promise<number> {
  const { values, positionals } = parseArgv(argv, {
    config: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  })
  if (values.help) {
    out(HELP + '\n')
    return EXIT_CLEAN
  }
  if (positionals.length > 1) throw new UsageError('give at most one dist directory')
  const configFile = stringOption(values, 'config') ?? DEFAULT_CONFIG
  const config = budgetConfig(configFile)
  const dist = resolve(positionals[0] ?? DEFAULT_DIST)
  if (!isDirectory(dist) || !existsSync(join(dist, 'index.html'))) {
    throw new UsageError(`no built site in ${dist}; run \`npm run build\` first`)
  }
  const results = checkBudgets(dist, config)
  const configName = configFile === DEFAULT_CONFIG ? 'budgets.json' : configFile
  if (values.json) out(JSON.stringify({ config: configName, results }, null, 2) + '\n')
  else {
    for (const result of results) {
      out(formatResult(result, configName) + '\n')
      for (const path of result.missing) out(`  note: ${result.path} names ${path}, which is not in the built site\n`)
    }
  }
  return results.some((r) => r.over) ? EXIT_FINDINGS : EXIT_CLEAN
}

runAsCommand(import.meta.url, 'check:budget', main)
