// Where the guide's images may live: each remote host classed by how it loads in mainland China, and the budget for our own files.

import * as v from 'valibot'
import { IMAGE_HOSTS_FILE, IMAGE_POLICY_ENTRIES, readImageHosts, type HostEntries, type Reach } from '../../docs/.vitepress/image-hosts.ts'
import { hostMatches, loadCheckerConfig, type CheckerConfig } from './checker-config.ts'
import { asUsageError, checkConfig } from './config-schema.ts'
import { displayPath } from '../../docs/.vitepress/pages.ts'

export { REACH_CLASSES, type Reach } from '../../docs/.vitepress/image-hosts.ts'

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
export const IMAGE_POLICY_KEYS = Object.keys(IMAGE_POLICY_ENTRIES) as readonly string[]

export const DEFAULT_MAX_KB = 300

/** The repository's image-hosts.config.json, as the image commands name it by default. */
export const DEFAULT_IMAGE_CONFIG = displayPath(IMAGE_HOSTS_FILE)

const ImagePolicySchema = v.looseObject(IMAGE_POLICY_ENTRIES, 'a JSON object')

/**
 * The repository's host list (image-hosts.config.json, the one list): hosts every AI-drawing guide is
 * tempted to hot-link from apply even when another config file forgets them; that file may reclassify one.
 */
export function defaultImagePolicy(): ImagePolicy {
  return { hosts: hostRules(asUsageError(() => readImageHosts())), maxBytes: DEFAULT_MAX_KB * 1024 }
}

/**
 * Reads the `imageHosts` and `localImages` values of a loaded config (`config.extra`) over the defaults.
 * Mistakes are usage errors naming the key, so a typo never silently allows a host.
 */
export function parseImagePolicy(extra: Record<string, unknown>, file: string): ImagePolicy {
  const checked = checkConfig(ImagePolicySchema, extra, file)
  const policy = defaultImagePolicy()
  for (const rule of hostRules(checked.imageHosts ?? {})) {
    const existing = policy.hosts.findIndex((h) => h.pattern === rule.pattern)
    if (existing >= 0) policy.hosts[existing] = rule
    else policy.hosts.push(rule)
  }
  if (checked.localImages?.maxKB !== undefined) policy.maxBytes = Math.round(checked.localImages.maxKB * 1024)
  return policy
}

function hostRules(entries: HostEntries): HostRule[] {
  return Object.entries(entries).map(([pattern, { reach, reason }]) => ({ pattern: pattern.toLowerCase(), reach, reason }))
}

/**
 * The image commands' config: the checker keys and the image keys of `file` (default: the repository's;
 * a missing default is fine, a missing named file is a usage error), and the policy they give.
 */
export async function loadImageConfig(file: string | undefined, cacheFile: string): Promise<{ config: CheckerConfig; policy: ImagePolicy }> {
  const name = file ?? DEFAULT_IMAGE_CONFIG
  const config = await loadCheckerConfig(name, { required: file !== undefined, cacheFile, extraKeys: IMAGE_POLICY_KEYS })
  return { config, policy: parseImagePolicy(config.extra, name) }
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
