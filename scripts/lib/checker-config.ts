// Reads a checker's JSON config (ignore patterns, per-host overrides, bot-walled hosts, cache), checked by a valibot schema.
import { readFile } from 'node:fs/promises'
import * as v from 'valibot'
import { checkConfig, parseConfigText } from './config-schema.ts'
import { UsageError } from './exit-codes.ts'
import type { HostSettings } from './http-check.ts'

export interface IgnoreRule {
  pattern: RegExp
  reason: string | undefined
}

export interface HostOverride extends HostSettings {
  /** Requests in flight to this host at once (overrides --per-host). */
  perHost?: number
}

export interface CheckerConfig {
  /** URLs matching any of these are not checked at all. */
  ignore: IgnoreRule[]
  /** Keys are host names (`example.com` also covers its subdomains) or `host:port`. */
  hosts: Record<string, HostOverride>
  /** Hosts known to answer robots with 403 or a captcha: their refusals are warnings. */
  botWallHosts: string[]
  cache: { file: string; ttlHours: number }
  userAgent: string | undefined
  /** Values of the checker's own keys (`extraKeys`), unchecked: e.g. the image checker's host policy. */
  extra: Record<string, unknown>
}

export function defaultConfig(cacheFile: string): CheckerConfig {
  return { ignore: [], hosts: {}, botWallHosts: [], cache: { file: cacheFile, ttlHours: 24 }, userAgent: undefined, extra: {} }
}

/**
 * Loads `file` over the defaults. A missing file is fine unless the user named it (`required`);
 * a file that is there but wrong is always a usage error, so a typo never silently disables a rule.
 */
export async function loadCheckerConfig(
  file: string,
  options: { required: boolean; cacheFile: string; extraKeys?: readonly string[] },
): Promise<CheckerConfig> {
  const config = defaultConfig(options.cacheFile)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (!options.required && (error as NodeJS.ErrnoException).code === 'ENOENT') return config
    throw new UsageError(`cannot read config ${file}: ${(error as Error).message}`)
  }
  return parseConfig(parseConfigText(text, file), file, config, options.extraKeys)
}

const regExpSource = v.pipe(
  v.string('a regular expression string'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    try {
      new RegExp(dataset.value)
    } catch (error) {
      addIssue({ message: `not a valid regular expression (${(error as Error).message})` })
    }
  }),
)
const wholeNumber = v.pipe(v.number('a whole number ≥ 1'), v.integer('a whole number ≥ 1'), v.minValue(1, 'a whole number ≥ 1'))

/** The keys every checker's config may have; see `check-links --help`. */
const CHECKER_ENTRIES = {
  $schema: v.optional(v.string('a string')),
  $comment: v.optional(v.string('a string')),
  ignore: v.optional(
    v.array(
      v.union([regExpSource, v.strictObject({ pattern: regExpSource, reason: v.optional(v.string('a string')) })], 'a regular expression string or { "pattern", "reason" }'),
      'an array of patterns',
    ),
  ),
  botWallHosts: v.optional(v.array(v.string('a host name'), 'an array of host names')),
  hosts: v.optional(
    v.record(
      v.string(),
      v.strictObject(
        {
          perHost: v.optional(wholeNumber),
          timeout: v.optional(wholeNumber),
          method: v.optional(v.picklist(['HEAD', 'GET'], '"HEAD" or "GET"')),
          headers: v.optional(v.record(v.string(), v.string('a string'), 'an object mapping header names to strings')),
          botWall: v.optional(v.boolean('true or false')),
        },
        'an object of per-host settings',
      ),
      'an object keyed by host name',
    ),
  ),
  cache: v.optional(
    v.strictObject(
      {
        file: v.optional(v.pipe(v.string('a path'), v.minLength(1, 'a path'))),
        ttlHours: v.optional(v.pipe(v.number('a number ≥ 0'), v.minValue(0, 'a number ≥ 0'))),
      },
      'an object { "file", "ttlHours" }',
    ),
  ),
  userAgent: v.optional(v.string('a string')),
}

/** `extraKeys`: top-level keys a particular checker adds; they land in `config.extra`, checked by that checker. */
export function parseConfig(raw: unknown, file: string, base: CheckerConfig, extraKeys: readonly string[] = []): CheckerConfig {
  const extraEntries = Object.fromEntries(extraKeys.map((key) => [key, v.optional(v.unknown())]))
  const checked = checkConfig(v.strictObject({ ...CHECKER_ENTRIES, ...extraEntries }, 'a JSON object'), raw, file)
  const config: CheckerConfig = { ...base, hosts: { ...base.hosts }, cache: { ...base.cache }, extra: { ...base.extra } }
  for (const key of extraKeys) if (key in checked) config.extra[key] = (checked as Record<string, unknown>)[key]
  if (checked.ignore) {
    config.ignore = checked.ignore.map((entry) =>
      typeof entry === 'string' ? { pattern: new RegExp(entry), reason: undefined } : { pattern: new RegExp(entry.pattern), reason: entry.reason },
    )
  }
  if (checked.botWallHosts) config.botWallHosts = checked.botWallHosts.map((h) => h.toLowerCase())
  for (const [host, value] of Object.entries(checked.hosts ?? {})) {
    const override: HostOverride = {}
    if (value.perHost !== undefined) override.perHost = value.perHost
    if (value.timeout !== undefined) override.timeoutMs = value.timeout
    if (value.method !== undefined) override.method = value.method
    if (value.headers !== undefined) override.headers = value.headers
    if (value.botWall !== undefined) override.botWall = value.botWall
    config.hosts[host.toLowerCase()] = override
  }
  if (checked.cache?.file !== undefined) config.cache.file = checked.cache.file
  if (checked.cache?.ttlHours !== undefined) config.cache.ttlHours = checked.cache.ttlHours
  if (checked.userAgent !== undefined) config.userAgent = checked.userAgent
  return config
}

/** `example.com` matches example.com and any subdomain; `host:port` matches that origin only. */
export function hostMatches(pattern: string, url: URL): boolean {
  const p = pattern.toLowerCase()
  if (p.includes(':')) return url.host.toLowerCase() === p
  const hostname = url.hostname.toLowerCase()
  return hostname === p || hostname.endsWith('.' + p)
}

/** The settings that apply to `url`: the most specific `hosts` entry, plus the bot-wall list. */
export function hostSettingsFor(config: CheckerConfig, url: URL): HostOverride {
  let best: { key: string; value: HostOverride } | undefined
  for (const [key, value] of Object.entries(config.hosts)) {
    if (hostMatches(key, url) && (!best || key.length > best.key.length)) best = { key, value }
  }
  const settings: HostOverride = { ...best?.value }
  if (settings.botWall === undefined && config.botWallHosts.some((h) => hostMatches(h, url))) settings.botWall = true
  return settings
}

export function ignoreRuleFor(config: CheckerConfig, url: string): IgnoreRule | undefined {
  return config.ignore.find((rule) => rule.pattern.test(url))
}
