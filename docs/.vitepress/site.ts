// Facts about the site that several parts of the config share: one place to change each.
import { VERCEL_MIRROR } from './mirrors.ts'
import { normalizeBase } from './page-url.ts'

/** The repository that holds this guide; edit links and the GitHub nav icon point here. */
export const REPO_URL = 'https://github.com/sudoskys/StableDiffusionBook'

/** The guide's full title, as the home page's title template and the PDF's cover give it. */
export const GUIDE_TITLE = 'AiDraw — 写给新人的 AI 绘画指南'

/** The licence and copyright in one line (feeds, the PDF's cover). */
export const LICENCE_LINE = 'GNU 自由文档许可证 1.3 或更高版本，© 2022 StableDiffusionBook'

/** Branch and folder of the Markdown sources inside the repository. */
export const REPO_BRANCH = 'main'
export const REPO_DOCS_DIR = 'docs'

/** Where a reader edits a page on GitHub; `:path` is the page's source path (`glossary/clip.md`), as VitePress's editLink takes it. */
export const EDIT_LINK_PATTERN = `${REPO_URL}/edit/${REPO_BRANCH}/${REPO_DOCS_DIR}/:path`

/** The edit link of one page. */
export function editUrl(relativePath: string): string {
  return EDIT_LINK_PATTERN.replace(':path', relativePath)
}

/** The Vercel deployment; the default origin for sitemap and canonical links. */
export const DEFAULT_SITE_URL = VERCEL_MIRROR.url

/**
 * Origin and base path of the deployment being built, without a trailing slash. Set `SITE_URL` per
 * deployment (a mirror sets its own); `BASE` serves the site under a sub-path of that origin.
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = absoluteUrl('SITE_URL', env.SITE_URL?.trim() || DEFAULT_SITE_URL)
  const base = env.BASE?.trim()
  if (!base) return url
  const origin = new URL(url).origin
  const withBase = origin + normalizeBase(base).slice(0, -1)
  if (url !== origin && url !== withBase) {
    throw new Error(`SITE_URL="${env.SITE_URL}" has a path that disagrees with BASE="${base}"; set only one of them`)
  }
  return withBase
}

/** VitePress `base` of the deployment being built: the path of `siteUrl()`, with slashes on both ends. */
export function siteBase(env: NodeJS.ProcessEnv = process.env): string {
  return normalizeBase(new URL(siteUrl(env)).pathname)
}

/**
 * The one origin (plus base path) every mirror names in `<link rel="canonical">`, so search engines
 * index one copy instead of several competing duplicates. `CANONICAL_URL` overrides it.
 */
export function canonicalUrl(env: NodeJS.ProcessEnv = process.env): string {
  return absoluteUrl('CANONICAL_URL', env.CANONICAL_URL?.trim() || DEFAULT_SITE_URL)
}

function absoluteUrl(name: string, raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`${name}="${raw}" is not an absolute URL; set it like ${name}=https://example.com`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name}="${raw}" must use http or https`)
  }
  return url.origin + url.pathname.replace(/\/+$/, '')
}
