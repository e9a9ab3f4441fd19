// HTTP response headers of every deployment as data: the Content-Security-Policy, security headers, caching.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

/**
 * Third-party hosts pages may load images from: the hosts image-hosts.config.json classes "ok" or
 * "slow" for mainland China (the policy `npm run check:images` enforces). The guide hosts its own
 * images, so today there are none and img-src is 'self' data:. A unit test fails when a page links
 * an image from a host not listed here, or when a listed host is unused.
 */
// Read, not imported: Node's ESM loader (Playwright's config) needs an import attribute for JSON.
const imagePolicy = JSON.parse(
  readFileSync(new URL('../../image-hosts.config.json', import.meta.url), 'utf8'),
) as { imageHosts: Record<string, { reach: string }> }

export const IMAGE_HOSTS: readonly string[] = allowedImageHosts(imagePolicy.imageHosts)

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

/**
 * The one `<style>` element the site creates at run time: VitePress's dark mode (@vueuse/core
 * `useDark`, option `disableTransition`) inserts it for a frame while it sets the colour scheme, on
 * every page load and every toggle. Its text is a constant of @vueuse/core (`CSS_DISABLE_TRANS`); a
 * unit test fails if an upgrade changes it, so the hash below cannot go stale silently.
 */
export const DISABLE_TRANSITIONS_CSS =
  '*,*::before,*::after{-webkit-transition:none!important;-moz-transition:none!important;-o-transition:none!important;-ms-transition:none!important;transition:none!important}'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/**
 * The CSP directives. Scripts: only our own files. VitePress's inline head scripts (dark-mode and
 * mac-os checks) are moved into files at build time (scripts/deploy/inline-scripts.ts), and `metaChunk`
 * keeps the site data in a file, so no hash or 'unsafe-inline' is needed; no 'unsafe-eval' either,
 * which is what breaks if a config function (e.g. a search tokenizer) is revived with `new Function`.
 *
 * Styles need 'unsafe-inline' for style *attributes*: Shiki colours code with
 * `style="--shiki-light:…"` and Vue renders `:style` bindings (sidebar levels, hero image, search
 * highlights) as attributes in the pre-rendered HTML. `style-src-attr` allows exactly that, while
 * `style-src-elem` admits `<style>` elements only by hash (the dark-mode one above) and stylesheets
 * only from us. Browsers without the -attr/-elem directives (Safari < 15.4, Firefox < 108) fall back to
 * `style-src`, which carries 'unsafe-inline' for them: listing a hash there would make those browsers
 * ignore 'unsafe-inline' and drop every style attribute.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'style-src-elem': ["'self'", sha256(DISABLE_TRANSITIONS_CSS)],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:', ...IMAGE_HOSTS.map((host) => `https://${host}`)],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
}

export function contentSecurityPolicy(directives = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

export interface HeaderRule {
  /** Vercel `source` pattern (path-to-regexp); `glob` is the same set of paths for `_headers` files. */
  source: string
  glob: string
  headers: Record<string, string>
}

/** Sent with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  // Two years, subdomains included; not `preload`: the mirror's parent domain is not ours to submit.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=()',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
}

/** Vite names every file under /assets/ by its content hash, so a year-long immutable cache is safe. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'
/** HTML and other un-hashed files: a cache may keep them but must ask before reusing them. */
export const REVALIDATE_CACHE = 'public, max-age=0, must-revalidate'

export const HEADER_RULES: readonly HeaderRule[] = [
  { source: '/(.*)', glob: '/*', headers: SECURITY_HEADERS },
  { source: '/assets/(.*)', glob: '/assets/*', headers: { 'Cache-Control': IMMUTABLE_CACHE } },
  // Everything outside /assets/; a `_headers` glob cannot say "not /assets/", see static-fallbacks.ts.
  { source: '/((?!assets/).*)', glob: '', headers: { 'Cache-Control': REVALIDATE_CACHE } },
]
