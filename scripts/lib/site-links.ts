// Says what a link on a built page points at, and whether an internal target exists (file, clean URL, base, #id).
import { builtFileCandidates } from '../../docs/.vitepress/page-url.ts'
import type { HtmlLink } from './html-links.ts'
import { decodeURIComponentSafe, type BuiltPage, type BuiltSite } from './site-crawl.ts'

/** A stand-in origin for the built site: links that resolve to it are internal. */
export const SITE_ORIGIN = 'https://built-site.invalid'

export type LinkTarget =
  | { kind: 'internal'; url: URL }
  | { kind: 'external'; url: URL }
  | { kind: 'mailto' | 'tel'; raw: string }
  | { kind: 'skip' }
  | { kind: 'invalid'; reason: string }

export interface LinkProblem {
  severity: 'error' | 'warning'
  code: string
  message: string
}

/** Schemes that load nothing from a server we could ask (or that run code): nothing to check. */
const SKIPPED_SCHEMES = new Set(['data:', 'javascript:', 'blob:', 'about:', 'vbscript:'])

export function pageUrlOf(page: BuiltPage): URL {
  return new URL(page.urlPath, SITE_ORIGIN)
}

export function classifyLink(raw: string, pageUrl: URL): LinkTarget {
  const href = raw.trim()
  if (href === '' || href === '#') return { kind: 'skip' }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase()
  if (scheme === 'mailto' || scheme === 'tel') return { kind: scheme, raw: href }
  if (scheme && SKIPPED_SCHEMES.has(scheme + ':')) return { kind: 'skip' }
  let url: URL
  try {
    url = new URL(href, pageUrl)
  } catch {
    return { kind: 'invalid', reason: `not a valid URL` }
  }
  if (url.origin === SITE_ORIGIN) return { kind: 'internal', url }
  if (url.protocol === 'http:' || url.protocol === 'https:') return { kind: 'external', url }
  return { kind: 'skip' } // ftp:, irc:, app-specific schemes: nothing a link checker can ask
}

/**
 * The built file a site path is served from, as a static host with clean URLs serves it:
 * `/a/` → `a/index.html`, `/a` → `a` or `a.html` (or `a/index.html`), all below `base`.
 */
export function resolveBuiltFile(site: BuiltSite, pathname: string): string | undefined {
  let path = pathname
  if (path + '/' === site.base) path = site.base
  if (!path.startsWith(site.base)) return undefined
  const rest = decodeURIComponentSafe(path.slice(site.base.length))
  return builtFileCandidates(rest).find((c) => site.files.has(c))
}

/** Checks an internal link; undefined means it is fine. */
export function checkInternalLink(site: BuiltSite, url: URL, link: HtmlLink): LinkProblem | undefined {
  if (!url.pathname.startsWith(site.base) && url.pathname + '/' !== site.base) {
    const fixed = site.base.slice(0, -1) + url.pathname
    const hint = resolveBuiltFile(site, fixed) ? `; did you mean ${fixed}${url.hash}?` : ''
    return { severity: 'error', code: 'outside-base', message: `path is outside the site base ${site.base}${hint}` }
  }
  const file = resolveBuiltFile(site, url.pathname)
  if (!file && site.base !== '/' && url.pathname.startsWith(site.base + site.base.slice(1))) {
    const fixed = url.pathname.slice(site.base.length - 1)
    return {
      severity: 'error',
      code: 'double-base',
      message: `the base ${site.base} is in the path twice (VitePress adds it to Markdown links); write ${fixed.slice(site.base.length - 1)}${url.hash}`,
    }
  }
  if (!file) {
    const isPage = (link.tag === 'a' || link.tag === 'area' || link.tag === 'meta') && !/\.[a-z0-9]{1,5}$/i.test(url.pathname.replace(/\.html$/, ''))
    return isPage
      ? { severity: 'error', code: 'missing-page', message: `no page ${url.pathname} in the built site` }
      : { severity: 'error', code: 'missing-file', message: `no file ${decodeURIComponentSafe(url.pathname)} in the built site` }
  }
  const fragment = url.hash.slice(1)
  if (!fragment || !file.endsWith('.html')) return undefined
  const target = site.pages.get(file)
  if (!target) return undefined
  const id = decodeURIComponentSafe(fragment)
  // `#top` scrolls to the top in every browser even without such an id.
  if (target.ids.has(id) || target.ids.has(fragment) || id.toLowerCase() === 'top') return undefined
  return {
    severity: 'error',
    code: 'missing-anchor',
    message: `no id "${id}" on ${target.urlPath}`,
  }
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/
const PHONE = /^\+?[0-9][0-9\-.() ]{1,30}$/

/** `mailto:` and `tel:` can only be checked for form: nobody should phone or mail during CI. */
export function checkMailOrTel(kind: 'mailto' | 'tel', raw: string): LinkProblem | undefined {
  const value = decodeURIComponentSafe(raw.slice(raw.indexOf(':') + 1)).split('?')[0]!.trim()
  if (kind === 'mailto') {
    const addresses = value.split(',').map((a) => a.trim()).filter(Boolean)
    // `mailto:?subject=…` (recipient chosen by the reader) is valid.
    const hasQuery = raw.includes('?')
    if ((addresses.length > 0 || hasQuery) && addresses.every((a) => EMAIL.test(a))) return undefined
    return { severity: 'error', code: 'bad-mailto', message: `not a valid e-mail address: "${value}"` }
  }
  if (PHONE.test(value)) return undefined
  return { severity: 'error', code: 'bad-tel', message: `not a valid phone number: "${value}"` }
}
