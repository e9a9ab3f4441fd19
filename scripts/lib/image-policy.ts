// Where the guide's images may live: each remote host classed by how it loads in mainland China, and the budget for our own files.
import { UsageError } from './exit-codes.ts'
import { hostMatches } from './checker-config.ts'

/** How a host's images load for a reader in mainland China. */
export type Reach = 'ok' | 'slow' | 'blocked'
export const REACH_CLASSES: readonly Reach[] = ['ok', 'slow', 'blocked']

export interface HostRule {
  /** As written in the config: `example.com` (and subdomains), `host:port`, or `github.com/*\/assets` (path segments, `*` = one). */
  pattern: string
  reach: Reach
  reason: string
}

export interface ImagePolicy {
  hosts: HostRule[]
  /** Largest local image file allowed, in bytes. */
  maxBytes: number
}

/** Keys `image-hosts.config.json` adds to the shared checker config. */
export const IMAGE_POLICY_KEYS = ['imageHosts', 'localImages'] as const

export const DEFAULT_MAX_KB = 300

/**
 * Hosts every AI-drawing guide is tempted to hot-link from and that do not load in mainland China.
 * They apply even when a config file forgets them; the config may reclassify one on purpose.
 */
export const DEFAULT_HOST_RULES: readonly HostRule[] = [
  { pattern: 'raw.githubusercontent.com', reach: 'blocked', reason: 'GitHub 的文件 CDN，国内 DNS 常被污染，图片多半打不开' },
  { pattern: 'user-images.githubusercontent.com', reach: 'blocked', reason: 'GitHub 议题/评论里上传的图片，国内多半打不开' },
  { pattern: 'private-user-images.githubusercontent.com', reach: 'blocked', reason: 'GitHub 上传图片（带签名、会过期），国内多半打不开' },
  { pattern: 'github.com/user-attachments/assets', reach: 'blocked', reason: 'GitHub 新式附件地址，会跳转到 user-content CDN，国内多半打不开' },
  { pattern: 'github.com/*/*/assets', reach: 'blocked', reason: 'GitHub 仓库附件地址，会跳转到 user-content CDN，国内多半打不开' },
  { pattern: 'img.shields.io', reach: 'blocked', reason: '徽章服务，国内访问不稳定，经常超时' },
  { pattern: 'imgur.com', reach: 'blocked', reason: 'Imgur 图床在中国大陆被屏蔽' },
]

export function defaultImagePolicy(): ImagePolicy {
  return { hosts: [...DEFAULT_HOST_RULES], maxBytes: DEFAULT_MAX_KB * 1024 }
}

/**
 * Reads the `imageHosts` and `localImages` values of a loaded config (`config.extra`) over the defaults.
 * Shape mistakes are usage errors naming the key, so a typo never silently allows a host.
 */
export function parseImagePolicy(extra: Record<string, unknown>, file: string): ImagePolicy {
  const fail = (what: string): never => {
    throw new UsageError(`config ${file}: ${what}`)
  }
  const policy = defaultImagePolicy()
  const hosts = extra.imageHosts
  if (hosts !== undefined) {
    if (!isObject(hosts)) fail('"imageHosts" must be an object: { "host": { "reach": "ok|slow|blocked", "reason": "…" } }')
    for (const [pattern, value] of Object.entries(hosts as Record<string, unknown>)) {
      const where = `imageHosts["${pattern}"]`
      if (!isObject(value)) fail(`${where} must be an object with "reach" and "reason"`)
      const v = value as Record<string, unknown>
      for (const key of Object.keys(v)) if (key !== 'reach' && key !== 'reason') fail(`${where}: unknown key "${key}"`)
      if (!REACH_CLASSES.includes(v.reach as Reach)) fail(`${where}.reach must be one of ${REACH_CLASSES.join(', ')}`)
      if (typeof v.reason !== 'string' || v.reason.trim() === '') fail(`${where}.reason must say why (a non-empty string)`)
      if (!/^[a-z0-9.-]+(?::\d+)?(?:\/[^/\s]+)*$/i.test(pattern)) fail(`${where}: not a host, host:port or host/path pattern`)
      const rule: HostRule = { pattern: pattern.toLowerCase(), reach: v.reach as Reach, reason: v.reason as string }
      const existing = policy.hosts.findIndex((h) => h.pattern === rule.pattern)
      if (existing >= 0) policy.hosts[existing] = rule
      else policy.hosts.push(rule)
    }
  }
  const local = extra.localImages
  if (local !== undefined) {
    if (!isObject(local)) fail('"localImages" must be an object { "maxKB": 300 }')
    const l = local as Record<string, unknown>
    for (const key of Object.keys(l)) if (key !== 'maxKB') fail(`localImages: unknown key "${key}"`)
    if (l.maxKB !== undefined) {
      if (typeof l.maxKB !== 'number' || !(l.maxKB > 0)) fail('localImages.maxKB must be a number > 0')
      policy.maxBytes = Math.round((l.maxKB as number) * 1024)
    }
  }
  return policy
}

/** The rule for an image URL: the most specific matching pattern (a path pattern beats its bare host). */
export function hostRuleFor(policy: ImagePolicy, url: URL): HostRule | undefined {
  let best: HostRule | undefined
  for (const rule of policy.hosts) {
    if (!ruleMatches(rule.pattern, url)) continue
    if (!best || specificity(rule.pattern) > specificity(best.pattern)) best = rule
  }
  return best
}

function ruleMatches(pattern: string, url: URL): boolean {
  const slash = pattern.indexOf('/')
  const host = slash < 0 ? pattern : pattern.slice(0, slash)
  if (!hostMatches(host, url)) return false
  if (slash < 0) return true
  const want = pattern.slice(slash + 1).split('/')
  const have = url.pathname.split('/').filter(Boolean)
  if (have.length < want.length) return false
  return want.every((segment, i) => segment === '*' || segment.toLowerCase() === have[i]!.toLowerCase())
}

function specificity(pattern: string): number {
  // Path segments count more than host length: `github.com/*/*/assets` beats `github.com`.
  return pattern.split('/').length * 1000 + pattern.length
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
