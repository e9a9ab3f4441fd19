// Turns relative Markdown links into absolute paths, so they resolve the same on `/glossary` and `/glossary/`.
import type MarkdownIt from 'markdown-it'

/**
 * Deployments serve index pages without a trailing slash (`/glossary`, see vercel.json), where the
 * browser would resolve `./jargon` to `/jargon`. Resolving links against the page's source path at
 * build time (`glossary/index.md` + `./jargon` → `/glossary/jargon`) makes them independent of the URL
 * the page was opened at; VitePress then adds `base` to them as to any absolute link.
 * Links in raw HTML (`<a href>`) are left alone.
 */
export function absoluteLinksPlugin(md: MarkdownIt): void {
  md.core.ruler.push('absolute_links', (state) => {
    const relativePath: unknown = (state.env as { relativePath?: unknown } | undefined)?.relativePath
    if (typeof relativePath !== 'string') return
    let resolved: Map<string, string> | undefined
    for (const block of state.tokens) {
      const children = block.children
      if (!children) continue
      for (const token of children) {
        if (token.type !== 'link_open' || !token.attrs) continue
        // `href` is the attribute markdown-it's link rule sets first.
        const attr = token.attrs[0]![0] === 'href' ? token.attrs[0]! : token.attrs.find(([name]) => name === 'href')
        if (!attr || !isRelative(attr[1])) continue
        resolved ??= resolvedIn(relativePath)
        attr[1] = resolveIn(resolved, relativePath, attr[1])
      }
    }
  })
}

function isRelative(href: string): boolean {
  const c = href.charCodeAt(0)
  return href !== '' && c !== 0x2f /* / */ && c !== 0x23 /* # */ && !/^[a-z][a-z\d+.-]*:/i.test(href)
}

/** `glossary/index.md` + `./jargon#x` → `/glossary/jargon#x`, keeping non-ASCII readable. */
export function resolveAgainst(relativePath: string, href: string): string {
  return resolveIn(resolvedIn(relativePath), relativePath, href)
}

// Pages of a folder link the same few places: each (folder, href) is resolved once per build.
const resolvedLinks = new Map<string, Map<string, string>>()

/** The links resolved so far for pages in the folder of `relativePath`. */
function resolvedIn(relativePath: string): Map<string, string> {
  const folder = relativePath.slice(0, relativePath.lastIndexOf('/') + 1)
  let resolved = resolvedLinks.get(folder)
  if (!resolved) {
    if (resolvedLinks.size > 10_000) resolvedLinks.clear()
    resolvedLinks.set(folder, (resolved = new Map()))
  }
  return resolved
}

function resolveIn(resolved: Map<string, string>, relativePath: string, href: string): string {
  // `?x` leads to the page itself, not to a place of its folder.
  const ownPage = href.charCodeAt(0) === 0x3f /* ? */
  let result = ownPage ? undefined : resolved.get(href)
  if (result === undefined) {
    const url = new URL(href, `http://page.invalid/${relativePath}`)
    result = decodeURI(url.pathname) + url.search + url.hash
    if (ownPage) return result
    if (resolved.size > 10_000) resolved.clear()
    resolved.set(href, result)
  }
  return result
}
