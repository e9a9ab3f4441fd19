// Facts about the site that several parts of the config share: one place to change each.

/** The repository that holds this guide; edit links and the GitHub nav icon point here. */
export const REPO_URL = 'https://github.com/sudoskys/StableDiffusionBook'

/** Branch and folder of the Markdown sources inside the repository. */
export const REPO_BRANCH = 'main'
export const REPO_DOCS_DIR = 'docs'

/** The Vercel deployment; the default origin for sitemap and canonical links. */
export const DEFAULT_SITE_URL = 'https://stable-diffusion-book.vercel.app'

/**
 * Origin of the deployment being built. Set `SITE_URL` per deployment (a mirror sets its own);
 * a trailing slash is dropped so paths can be appended with `/`.
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`SITE_URL="${raw}" is not an absolute URL; set it like SITE_URL=https://example.com`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL="${raw}" must use http or https`)
  }
  return url.origin + url.pathname.replace(/\/+$/, '')
}

/** Turns a page's source path (`glossary/clip.md`, `index.md`) into its clean URL path. */
export function pagePath(relativePath: string): string {
  const withoutExt = relativePath.replace(/\.md$/, '')
  if (withoutExt === 'index') return '/'
  if (withoutExt.endsWith('/index')) return '/' + withoutExt.slice(0, -'index'.length)
  return '/' + withoutExt
}
