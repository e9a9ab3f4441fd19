// Reads a checker's JSON config (ignore patterns, per-host overrides, bot-walled hosts, cache) and checks its shape.
import { readFile } from 'node:fs/promises'
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
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`config ${file} is not valid JSON: ${(error as Error).message}`)
  }
  return parseConfig(raw, file, config, options.extraKeys)
}

const KNOWN_KEYS = new Set(['$schema', '$comment', 'ignore', 'hosts', 'botWallHosts', 'cache', 'userAgent'])
const HOST_KEYS = new Set(['perHost', 'timeout', 'method', 'headers', 'botWall'])

/** `extraKeys`: top-level keys a particular checker adds; they land in `config.extra`. */
export function parseConfig(raw: unknown, file: string, base: CheckerConfig, extraKeys: readonly string[] = []): CheckerConfig {
  const fail = (what: string): never => {
    throw new UsageError(`config ${file}: ${what}`)
  }
  if (!isObject(raw)) return fail('must be a JSON object')
  const config: CheckerConfig = { ...base, hosts: { ...base.hosts }, cache: { ...base.cache }, extra: { ...base.extra } }
  for (const key of Object.keys(raw)) {
    if (extraKeys.includes(key)) config.extra[key] = raw[key]
    else if (!KNOWN_KEYS.has(key)) fail(`unknown key "${key}"`)
  }

  if (raw.ignore !== undefined) {
    if (!Array.isArray(raw.ignore)) fail('"ignore" must be an array of patterns')
    config.ignore = (raw.ignore as unknown[]).map((entry, i) => {
      const source = typeof entry === 'string' ? entry : isObject(entry) ? entry.pattern : undefined
      const reason = isObject(entry) && typeof entry.reason === 'string' ? entry.reason : undefined
      if (typeof source !== 'string') return fail(`ignore[${i}] must be a regular expression string or { "pattern", "reason" }`)
      try {
        return { pattern: new RegExp(source), reason }
      } catch (error) {
        return fail(`ignore[${i}] is not a valid regular expression: ${(error as Error).message}`)
      }
    })
  }

  if (raw.botWallHosts !== undefined) {
    if (!Array.isArray(raw.botWallHosts) || !raw.botWallHosts.every((h) => typeof h === 'string')) {
      fail('"botWallHosts" must be an array of host names')
    }
    config.botWallHosts = (raw.botWallHosts as string[]).map((h) => h.toLowerCase())
  }

  if (raw.hosts !== undefined) {
    if (!isObject(raw.hosts)) fail('"hosts" must be an object keyed by host name')
    for (const [host, value] of Object.entries(raw.hosts as Record<string, unknown>)) {
      if (!isObject(value)) fail(`hosts["${host}"] must be an object`)
      const v = value as Record<string, unknown>
      for (const key of Object.keys(v)) if (!HOST_KEYS.has(key)) fail(`hosts["${host}"]: unknown key "${key}"`)
      const override: HostOverride = {}
      if (v.perHost !== undefined) override.perHost = positiveInt(v.perHost, `hosts["${host}"].perHost`, fail)
      if (v.timeout !== undefined) override.timeoutMs = positiveInt(v.timeout, `hosts["${host}"].timeout`, fail)
      if (v.method !== undefined) {
        if (v.method !== 'HEAD' && v.method !== 'GET') fail(`hosts["${host}"].method must be "HEAD" or "GET"`)
        override.method = v.method as 'HEAD' | 'GET'
      }
      if (v.headers !== undefined) {
        if (!isObject(v.headers) || !Object.values(v.headers).every((h) => typeof h === 'string')) {
          fail(`hosts["${host}"].headers must map header names to strings`)
        }
        override.headers = v.headers as Record<string, string>
      }
      if (v.botWall !== undefined) {
        if (typeof v.botWall !== 'boolean') fail(`hosts["${host}"].botWall must be true or false`)
        override.botWall = v.botWall as boolean
      }
      config.hosts[host.toLowerCase()] = override
    }
  }

  if (raw.cache !== undefined) {
    if (!isObject(raw.cache)) fail('"cache" must be an object { "file", "ttlHours" }')
    const cache = raw.cache as Record<string, unknown>
    if (cache.file !== undefined) {
      if (typeof cache.file !== 'string' || cache.file === '') fail('cache.file must be a path')
      config.cache.file = cache.file as string
    }
    if (cache.ttlHours !== undefined) {
      if (typeof cache.ttlHours !== 'number' || !(cache.ttlHours >= 0)) fail('cache.ttlHours must be a number ≥ 0')
      config.cache.ttlHours = cache.ttlHours as number
    }
  }

  if (raw.userAgent !== undefined) {
    if (typeof raw.userAgent !== 'string') fail('"userAgent" must be a string')
    config.userAgent = raw.userAgent as string
  }
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function positiveInt(value: unknown, what: string, fail: (what: string) => never): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return fail(`${what} must be a whole number ≥ 1`)
  return value
}
