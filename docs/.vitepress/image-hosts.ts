// The one list of image hosts, image-hosts.config.json, read and schema-checked here for the site's CSP and the image checkers.
import { fileURLToPath } from 'node:url'
import * as v from 'valibot'
import { checkSchema, readJsonFile } from './config-file.ts'

/** How a host's images load for a reader in mainland China. */
export const REACH_CLASSES = ['ok', 'slow', 'blocked'] as const
export type Reach = (typeof REACH_CLASSES)[number]

// Read, not imported: Node's ESM loader (Playwright's config) needs an import attribute for JSON.
export const IMAGE_HOSTS_FILE = fileURLToPath(new URL('../../image-hosts.config.json', import.meta.url))

/** `example.com` (and subdomains), `host:port`, or `github.com/*\/assets` (path segments, `*` = one). */
const HOST_PATTERN = /^[a-z0-9.-]+(?::\d+)?(?:\/[^/\s]+)*$/i

const HostRuleSchema = v.strictObject(
  {
    reach: v.picklist(REACH_CLASSES, `one of ${REACH_CLASSES.join(', ')}`),
    reason: v.pipe(v.string('a string saying why'), v.check((s) => s.trim() !== '', 'reason must say why (a non-empty string)')),
  },
  'an object { "reach": "ok|slow|blocked", "reason": "…" }',
)

/**
 * The keys image-hosts.config.json adds to the checkers' shared config keys: the host list and the
 * budget of our own files. Each host entry is `{ "reach": "ok|slow|blocked", "reason": "…" }`.
 */
export const IMAGE_POLICY_ENTRIES = {
  imageHosts: v.optional(
    v.record(v.pipe(v.string(), v.regex(HOST_PATTERN, 'a host, host:port or host/path pattern')), HostRuleSchema, 'an object { "host": { "reach", "reason" } }'),
  ),
  localImages: v.optional(
    v.strictObject({ maxKB: v.optional(v.pipe(v.number('a number > 0'), v.gtValue(0, 'a number > 0'))) }, 'an object { "maxKB": 300 }'),
  ),
}

/** Only the image keys; the file's other keys are the checker's and checked there. */
const ImageHostsFileSchema = v.looseObject(IMAGE_POLICY_ENTRIES, 'a JSON object')

export type HostEntries = Record<string, { reach: Reach; reason: string }>

/** The host list of `file` (default: the repository's), checked; a mistake is a ConfigFileError naming the key. */
export function readImageHosts(file: string = IMAGE_HOSTS_FILE): HostEntries {
  return checkSchema(ImageHostsFileSchema, readJsonFile(file), file).imageHosts ?? {}
}

/** `host`, `host/path` or `host/*\/path` patterns of the ok and slow hosts, as CSP host sources (path kept when literal). */
export function allowedImageHosts(hosts: Record<string, { reach: string }>): string[] {
  const allowed = new Set<string>()
  for (const [pattern, { reach }] of Object.entries(hosts)) {
    if (reach === 'blocked') continue
    const [host, ...path] = pattern.toLowerCase().split('/')
    allowed.add(path.length > 0 && !path.includes('*') ? `${host}/${path.join('/')}/` : host!)
  }
  return [...allowed].sort()
}
