// Command-line pieces every checker shares: parsing, the common options, their help text and checks.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isDirectory } from './command.ts'
import { UsageError } from './exit-codes.ts'
import { OUTPUT_FORMATS, type OutputFormat } from './reporters.ts'

type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: false }
export type ParsedValues = Record<string, string | boolean | undefined>

/** Options of every command that makes HTTP requests (the checkers and images:localize). */
export const NETWORK_OPTION_SPECS = {
  concurrency: { type: 'string' },
  'per-host': { type: 'string' },
  timeout: { type: 'string' },
  retries: { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<string, OptionSpec>

/** Output and help: what every command takes, also those that ask no network (check:freshness). */
export const OUTPUT_OPTION_SPECS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<string, OptionSpec>

/** Options whose meaning is the same in every checker. */
export const COMMON_OPTION_SPECS = {
  ...OUTPUT_OPTION_SPECS,
  ...NETWORK_OPTION_SPECS,
} as const satisfies Record<string, OptionSpec>

export const COMMON_DEFAULTS = {
  concurrency: 16,
  perHost: 2,
  timeoutMs: 10_000,
  retries: 2,
} as const

/** Help lines for the common options, ready to paste into a command's `--help`. */
export const COMMON_OPTIONS_HELP = `\
  --json                 print one JSON document (findings and summary) on stdout
  --format FORMAT        human (default), json, or github (Actions ::error annotations)
  --concurrency N        requests in flight at once, all hosts together (default ${COMMON_DEFAULTS.concurrency})
  --per-host N           requests in flight to one host (default ${COMMON_DEFAULTS.perHost})
  --timeout MS           give up on a request after MS milliseconds; also caps Retry-After (default ${COMMON_DEFAULTS.timeoutMs})
  --retries N            extra tries after a network error, 429 or 5xx, with doubling back-off
                         (default ${COMMON_DEFAULTS.retries}); a timeout is not retried: a hung host costs one timeout
  --config FILE          JSON config file (ignore patterns, per-host overrides, bot-walled hosts)
  -h, --help             show this help`

export interface NetworkOptions {
  concurrency: number
  perHost: number
  timeoutMs: number
  retries: number
  /** Undefined when the user did not name one: the checker then looks for its default file. */
  configFile: string | undefined
  help: boolean
}

export interface CommonOptions extends NetworkOptions {
  format: OutputFormat
}

/** parseArgs with usage mistakes turned into UsageError (exit 2) instead of a stack trace. */
export function parseArgv(
  argv: readonly string[],
  specs: Record<string, OptionSpec>,
): { values: ParsedValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: specs, allowPositionals: true, strict: true })
    return { values: values as ParsedValues, positionals }
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

export function readCommonOptions(values: ParsedValues): CommonOptions {
  const json = values.json === true
  const formatRaw = stringOption(values, 'format')
  if (json && formatRaw !== undefined && formatRaw !== 'json') {
    throw new UsageError(`--json and --format ${formatRaw} contradict each other; pick one`)
  }
  const format = json ? 'json' : (formatRaw ?? 'human')
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')} (got "${format}")`)
  }
  return { format: format as OutputFormat, ...readNetworkOptions(values) }
}

/** The values of NETWORK_OPTION_SPECS; `timeoutMs` is the command's default timeout. */
export function readNetworkOptions(values: ParsedValues, timeoutMs: number = COMMON_DEFAULTS.timeoutMs): NetworkOptions {
  return {
    concurrency: intOption(values, 'concurrency', COMMON_DEFAULTS.concurrency, 1),
    perHost: intOption(values, 'per-host', COMMON_DEFAULTS.perHost, 1),
    timeoutMs: intOption(values, 'timeout', timeoutMs, 1),
    retries: intOption(values, 'retries', COMMON_DEFAULTS.retries, 0),
    configFile: stringOption(values, 'config'),
    help: values.help === true,
  }
}

export function stringOption(values: ParsedValues, name: string): string | undefined {
  const v = values[name]
  return typeof v === 'string' ? v : undefined
}

/** A whole number of at least `min`; anything else is a usage error naming the option. */
export function intOption(values: ParsedValues, name: string, fallback: number, min: number): number {
  const raw = stringOption(values, name)
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || !Number.isSafeInteger(Number(raw))) {
    throw new UsageError(`--${name} needs a whole number ≥ ${min} (got "${raw}")`)
  }
  return Number(raw)
}

/**
 * The image commands' folders: the Markdown sources (`folder`, default `defaultSrc`) and, with --public,
 * the folder served at the site root; both must exist. Spread the result into the command's options.
 */
export function sourceFolders(folder: string | undefined, values: ParsedValues, defaultSrc: string): { srcDir: string; publicDir?: string } {
  const srcDir = resolve(folder ?? defaultSrc)
  if (!isDirectory(srcDir)) throw new UsageError(`no Markdown sources at ${folder ?? defaultSrc}`)
  const publicOption = stringOption(values, 'public')
  if (publicOption === undefined) return { srcDir }
  if (!isDirectory(publicOption)) throw new UsageError(`--public ${publicOption} is not a folder`)
  return { srcDir, publicDir: resolve(publicOption) }
}

export interface CheckerArgs {
  values: ParsedValues
  common: CommonOptions
  /** The one folder argument, if given. */
  folder: string | undefined
}

/**
 * A checker's command line: the common options plus `extra`, at most one folder (`what` names it in
 * the error). Prints `help` and returns undefined for --help.
 */
export function parseCheckerArgv(
  argv: readonly string[],
  extra: Record<string, OptionSpec>,
  help: string,
  what: string,
  /** The shared options the command takes: all of them, or OUTPUT_OPTION_SPECS for one that asks no network. */
  shared: Record<string, OptionSpec> = COMMON_OPTION_SPECS,
): CheckerArgs | undefined {
  const { values, positionals } = parseArgv(argv, { ...shared, ...extra })
  const common = readCommonOptions(values)
  if (common.help) {
    process.stdout.write(help)
    return undefined
  }
  if (positionals.length > 1) throw new UsageError(`expected at most one ${what}, got ${positionals.length}`)
  return { values, common, folder: positionals[0] }
}
