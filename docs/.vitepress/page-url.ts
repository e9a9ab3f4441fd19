// Where a page is served: the one conversion from a page's file (`glossary/clip.md`, or the built
// `glossary/clip.html`) or a link to it (`./clip.md`, `/glossary/index`) to its URL.
//
// Decided here once, for VitePress with `cleanUrls` and a host with `trailingSlash: false` (vercel.json):
// - the extension goes (`clip.md`, `clip.html` → `clip`); `cleanUrls: false` puts `.html` back;
// - `index` names its folder (`glossary/index.md` → `glossary/`, `index.md` → the home);
// - the route, as VitePress's router and sitemap spell it, keeps a folder's trailing slash
//   (`glossary/`); the path a reader is served drops it (`/glossary`), except for the home `/`;
// - the base (`/` or `/aidraw/`) goes in front of hrefs, with exactly one slash between.

/** A page's route without base or leading slash: `glossary/clip.md` → `glossary/clip`, `glossary/index.md` → `glossary/`, `index.md` → ``. */
export function pageRoute(file: string): string {
  return file.replace(/\.(?:md|html)$/, '').replace(/(^|\/)index$/, '$1')
}

/**
 * The path a server with `cleanUrls` and no trailing slashes answers 200 for: `glossary/clip.md` →
 * `/glossary/clip`, `glossary/index.md` → `/glossary`, `index.md` → `/`. Takes link paths too
 * (`/glossary/`, `/glossary/clip.html`).
 */
export function pagePath(file: string): string {
  return '/' + pageRoute(file).replace(/^\/+|\/+$/g, '')
}

export interface HrefOptions {
  /** The site's base; `/` when not given. */
  base?: string
  /** VitePress `cleanUrls`; true when not given. */
  cleanUrls?: boolean
}

/** The href VitePress gives a page: base plus route (`/aidraw/glossary/clip`, `/aidraw/glossary/`), `.html` without clean URLs. */
export function pageHref(file: string, options: HrefOptions = {}): string {
  const route = pageRoute(file).replace(/^\/+/, '')
  const html = options.cleanUrls === false && route !== '' && !route.endsWith('/') ? '.html' : ''
  return withBase(options.base ?? '/', route + html)
}

/**
 * Every spelling of a link path (no base) that leads to the page of `link`: the served path, its `.html` or
 * folder-`index` file, and the trailing-slash form. `/guide/x` → `/guide/x`, `/guide/x.html`, `/guide/x/`;
 * `/glossary/` → `/glossary`, `/glossary/`, `/glossary/index`, `/glossary/index.html`; the home → `/`, `/index`, `/index.html`.
 */
export function pageSpellings(link: string): string[] {
  const file = link.replace(/[?#].*$/, '')
  const path = pagePath(file)
  const folder = pageRoute(file.replace(/^\/+/, '')).endsWith('/') || path === '/'
  const dir = path === '/' ? '/' : `${path}/`
  return folder ? [...new Set([path, dir, `${dir}index`, `${dir}index.html`])] : [path, `${path}.html`, dir]
}

/** A site path below the base: `withBase('/aidraw/', '/glossary')` → `/aidraw/glossary`. */
export function withBase(base: string, path: string): string {
  return normalizeBase(base) + path.replace(/^\/+/, '')
}

/** A base with one slash on both ends: `aidraw` → `/aidraw/`, `` → `/`. */
export function normalizeBase(base: string): string {
  return ('/' + base.trim() + '/').replace(/\/{2,}/g, '/')
}

/**
 * The built files that may serve a site path (below the base, without a leading slash), in the order a static host with clean URLs
 * tries them: `a/` → `a/index.html`; `a` → `a`, `a.html`, `a/index.html`; `` → `index.html`.
 */
export function builtFileCandidates(rest: string): string[] {
  return rest === '' || rest.endsWith('/') ? [rest + 'index.html'] : [rest, `${rest}.html`, `${rest}/index.html`]
}

/** The Markdown source of a built page: `glossary/clip.html` → `glossary/clip.md`. */
export function sourceOfBuiltPage(htmlFile: string): string {
  return htmlFile.replace(/\.html$/, '.md')
}
