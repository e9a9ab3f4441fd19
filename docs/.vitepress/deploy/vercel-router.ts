// Answers a request the way Vercel answers it from vercel.json: its own route list, then the built files, then 404.html.
import { existsSync, statSync } from 'node:fs'
import { join, normalize, sep } from 'node:path'
import { getTransformedRoutes, isHandler, type Route } from '@vercel/routing-utils'
import { lookup } from 'mrmime'
import { builtFileCandidates } from '../page-url.ts'

export interface RoutedResponse {
  status: number
  headers: Record<string, string>
  /** The file to send as the body; none for a redirect. */
  file?: string
}

interface CompiledRoute {
  pattern: RegExp
  headers: Record<string, string>
  status?: number
  continue: boolean
}

/**
 * Vercel turns vercel.json into an ordered route list (cleanUrls and trailingSlash redirects, then
 * `redirects`, then `headers` as `continue` routes); @vercel/routing-utils is that conversion, taken
 * from Vercel's own CLI. This walks the list as Vercel's edge does: a route whose pattern matches adds
 * its headers; one with a status answers there (a redirect); `continue` goes on. Then the file system:
 * `x`, `x.html` (cleanUrls), `x/index.html`; then `404.html` with status 404.
 */
export function createVercelRouter(vercelJson: object, outDir: string): (pathname: string, search?: string) => RoutedResponse {
  const { routes, error } = getTransformedRoutes(structuredClone(vercelJson) as Parameters<typeof getTransformedRoutes>[0])
  if (error) throw new Error(`vercel.json is not valid: ${error.message}`)
  const compiled = (routes ?? []).flatMap(compileRoute)
  const root = normalize(outDir + sep)

  return (pathname, search = '') => {
    const decoded = safeDecode(pathname)
    const headers: Record<string, string> = {}
    for (const route of compiled) {
      // Match the path as sent (percent-encoded) and as decoded: vercel.json lists non-ASCII sources both ways.
      const match = route.pattern.exec(pathname) ?? (decoded === undefined ? null : route.pattern.exec(decoded))
      if (!match) continue
      for (const [key, value] of Object.entries(route.headers)) headers[key] = substitute(value, match)
      if (route.status !== undefined) {
        if (headers.Location !== undefined && search && !headers.Location.includes('?')) headers.Location += search
        return { status: route.status, headers }
      }
      if (!route.continue) break
    }
    const file = decoded === undefined ? undefined : findFile(root, decoded)
    if (file) return { status: 200, headers, file }
    return { status: 404, headers, file: existsSync(join(root, '404.html')) ? join(root, '404.html') : undefined }
  }
}

function compileRoute(route: Route): CompiledRoute[] {
  if (isHandler(route)) return [] // `handle` markers: no rewrites or functions here, the file system comes last anyway
  return [
    {
      // Vercel matches route sources case-insensitively unless a route asks otherwise.
      pattern: new RegExp(route.src, route.caseSensitive ? '' : 'i'),
      headers: route.headers ?? {},
      status: route.status,
      continue: route.continue ?? false,
    },
  ]
}

/** `$1`-style references in a header value (the Location of cleanUrls and trailingSlash redirects). */
function substitute(value: string, match: RegExpExecArray): string {
  return value.replace(/\$(\d+)/g, (_, n: string) => match[Number(n)] ?? '')
}

function safeDecode(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return undefined
  }
}

function findFile(root: string, decodedPath: string): string | undefined {
  for (const candidate of builtFileCandidates(decodedPath.replace(/^\/+/, ''))) {
    const full = normalize(join(root, candidate))
    if (!full.startsWith(root)) return undefined // a path that climbs out of the site
    if (existsSync(full) && statSync(full).isFile()) return full
  }
  return undefined
}

/** Text types go out with their charset: every text file the build writes is UTF-8. */
const TEXTUAL = /^(?:text\/|application\/(?:json|xml|javascript)$)/

/** The Content-Type of a built file, from mrmime's table of extensions. */
export function contentType(file: string): string {
  const type = lookup(file)
  if (!type) return 'application/octet-stream'
  return TEXTUAL.test(type) ? `${type}; charset=utf-8` : type
}
