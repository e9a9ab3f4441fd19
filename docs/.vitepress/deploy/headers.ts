// HTTP response headers of every deployment as data: the Content-Security-Policy, security headers, caching.
import { createHash } from 'node:crypto'
import { allowedImageHosts, readImageHosts } from '../image-hosts.ts'
import { SHARE_CARD_DIR } from '../share-card/output-dir.ts'
import { MANIFEST_FILE, SERVICE_WORKER_FILE } from '../pwa/file-names.ts'

/**
 * Third-party hosts pages may load images from: the hosts image-hosts.config.json classes "ok" or
 * "slow" for mainland China (the policy `npm run check:images` enforces). The guide hosts its own
 * images, so today there are none and img-src is 'self' data:. A unit test fails when a page links
 * an image from a host not listed here, or when a listed host is unused.
 */
export const IMAGE_HOSTS: readonly string[] = allowedImageHosts(readImageHosts())

/** The CSP source that allows exactly this text as an inline script or style: `'sha256-…'` (SHA-256, base64). */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`
}

/**
 * VitePress's two inline head scripts, exactly as its build writes them (minified by esbuild): the
 * dark-mode check, which must run before the first paint so a dark reader never sees a white flash,
 * and the check that shows ⌘ instead of Ctrl in the search button on Apple devices. Inline they cost
 * no request before the first paint (as files they were two render-blocking requests); the CSP allows
 * exactly these texts by hash. The build fails, naming the page, if a page carries any other inline
 * script (docs/.vitepress/deploy/inline-scripts.ts), so an upgrade that changes them cannot ship a blocked
 * script: copy the new text here and run `npm run vercel:json`.
 */
export const INLINE_HEAD_SCRIPTS: Readonly<Record<string, string>> = {
  'check-dark-mode':
    '(()=>{const e=localStorage.getItem("vitepress-theme-appearance")||"auto",a=window.matchMedia("(prefers-color-scheme: dark)").matches;(!e||e==="auto"?a:e==="dark")&&document.documentElement.classList.add("dark")})();',
  'check-mac-os': 'document.documentElement.classList.toggle("mac",/Mac|iPhone|iPod|iPad/i.test(navigator.platform));',
}

/** script-src: our files and the head scripts above, nothing else. */
export const SCRIPT_SOURCES: readonly string[] = ["'self'", ...Object.values(INLINE_HEAD_SCRIPTS).map(hashSource)]

/**
 * The CSP directives. Scripts: only our own files and, by hash, VitePress's two head scripts above;
 * `metaChunk` keeps the site data in a file, so no 'unsafe-inline' is needed; no 'unsafe-eval' either,
 * which is what breaks if a config function (e.g. a search tokenizer) is revived with `new Function`.
 *
 * Styles need 'unsafe-inline' for style *attributes*: Shiki colours code with
 * `style="--shiki-light:…"` and Vue renders `:style` bindings (sidebar levels, hero image, search
 * highlights) as attributes in the pre-rendered HTML. `style-src-attr` allows exactly that, while
 * `style-src-elem` admits stylesheets only from us and no `<style>` element at all: the one the site
 * used to create, @vueuse's transition blocker while dark mode is set, is turned off in config/shared.ts
 * (`appearance.disableTransition`). Browsers without the -attr/-elem directives (Safari < 15.4, Firefox < 108) fall back to
 * `style-src`, which carries 'unsafe-inline' for them: listing a hash there would make those browsers
 * ignore 'unsafe-inline' and drop every style attribute.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': SCRIPT_SOURCES,
  'style-src': ["'self'", "'unsafe-inline'"],
  'style-src-elem': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:', ...IMAGE_HOSTS.map((host) => `https://${host}`)],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // The offline service worker and the web app manifest (docs/.vitepress/pwa/), from the site itself only.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
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
/**
 * The service worker and the manifest: never reused without asking, so a new deployment's worker is found
 * at the next visit (browsers cap a worker's HTTP cache at 24 hours anyway; this makes it zero everywhere).
 */
export const NO_CACHE = 'no-cache'

/** Files at the site's root that the browser must always revalidate. */
export const NO_CACHE_FILES: readonly string[] = [SERVICE_WORKER_FILE, MANIFEST_FILE]

export const HEADER_RULES: readonly HeaderRule[] = [
  { source: '/(.*)', glob: '/*', headers: SECURITY_HEADERS },
  { source: '/assets/(.*)', glob: '/assets/*', headers: { 'Cache-Control': IMMUTABLE_CACHE } },
  // Everything outside /assets/; a `_headers` glob cannot say "not /assets/", see static-fallbacks.ts.
  { source: '/((?!assets/).*)', glob: '', headers: { 'Cache-Control': REVALIDATE_CACHE } },
  // After the rule above: Vercel applies every matching rule in order, and the last value of a header wins.
  // Not in `_headers` (no glob), like HTML: those hosts' defaults revalidate, and browsers check a service worker
  // script past the HTTP cache anyway (updateViaCache 'imports').
  ...NO_CACHE_FILES.map((file) => ({ source: `/${file}`, glob: '', headers: { 'Cache-Control': NO_CACHE } })),
  // Share cards are named by their content hash too (share-card/site-cards.ts): a changed card is a new file.
  // Vercel only, like the HTML rule: `_headers` keeps its one Cache-Control rule (/assets/*), and static hosts' default suits a PNG.
  { source: `/${SHARE_CARD_DIR}/(.*)`, glob: '', headers: { 'Cache-Control': IMMUTABLE_CACHE } },
]
