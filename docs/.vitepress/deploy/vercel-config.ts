// Builds vercel.json from the redirect list and the header rules, and refuses what Vercel would refuse.
import { getTransformedRoutes } from '@vercel/routing-utils'
import { toLf } from '../text.ts'
import { HEADER_RULES } from './headers.ts'
import {
  MAX_VERCEL_REDIRECTS,
  checkRedirects,
  sitePages,
  siteRedirects,
  type Redirect,
} from './redirects.ts'

export const VERCEL_JSON_PATH = 'vercel.json'
export const OUTPUT_DIRECTORY = 'docs/.vitepress/dist'

export interface VercelRedirect {
  source: string
  destination: string
  permanent: true
}

export interface VercelConfig {
  $schema: string
  buildCommand: string
  outputDirectory: string
  cleanUrls: true
  trailingSlash: false
  redirects: VercelRedirect[]
  headers: { source: string; headers: { key: string; value: string }[] }[]
}

/** The whole vercel.json for the guide whose Markdown lives in `docsDir`. */
export function vercelConfig(docsDir: string): VercelConfig {
  const redirects = siteRedirects(docsDir)
  checkRedirects(redirects, sitePages(docsDir))
  const config: VercelConfig = {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    buildCommand: 'npm run build',
    outputDirectory: OUTPUT_DIRECTORY,
    cleanUrls: true,
    trailingSlash: false,
    redirects: vercelRedirects(redirects),
    headers: HEADER_RULES.map((rule) => ({
      source: rule.source,
      headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })),
    })),
  }
  const { error } = getTransformedRoutes(structuredClone(config))
  if (error) throw new Error(`Vercel would reject the generated vercel.json: ${error.message}`)
  return config
}

/**
 * One Vercel redirect per source, plus the percent-encoded spelling of a non-ASCII source: browsers
 * send `/g/%E7%82%BC%E4%B8%B9` for `/g/炼丹`, and Vercel does not document which of the two spellings
 * a `source` is matched against, so both are listed. Destinations go out percent-encoded because a
 * `Location` header must be ASCII.
 */
export function vercelRedirects(redirects: readonly Redirect[]): VercelRedirect[] {
  const out: VercelRedirect[] = []
  for (const r of redirects) {
    const destination = encodeURI(r.destination)
    out.push({ source: r.source, destination, permanent: true })
    const encoded = encodeURI(r.source)
    if (encoded !== r.source) out.push({ source: encoded, destination, permanent: true })
  }
  if (out.length > MAX_VERCEL_REDIRECTS) {
    const glossary = redirects.filter((r) => r.source.startsWith('/g/')).length
    throw new Error(
      `vercel.json would hold ${out.length} redirects but Vercel accepts at most ${MAX_VERCEL_REDIRECTS} ` +
        `(${glossary} come from glossary names, non-ASCII ones count twice). The last one that fits is ` +
        `${out[MAX_VERCEL_REDIRECTS - 1]!.source}. Drop aliases from glossary front matter or turn /g/:slug ` +
        `into one rewrite handled by a page, then run npm run vercel:json again.`,
    )
  }
  return out
}

/** The file's text: stable key order, two-space indent, final newline. */
export function renderVercelJson(config: VercelConfig): string {
  return JSON.stringify(config, null, 2) + '\n'
}

/** Whether the file on disk says what `wanted` says; a checkout with CRLF line endings still counts as current. */
export function isVercelJsonCurrent(onDisk: string, wanted: string): boolean {
  return toLf(onDisk) === wanted
}
