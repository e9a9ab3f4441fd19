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
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type !== 'link_open') continue
        const href = token.attrGet('href')
        if (href !== null && isRelative(href)) token.attrSet('href', resolveAgainst(relativePath, href))
      }
    }
  })
}

function isRelative(href: string): boolean {
  return href !== '' && !href.startsWith('/') && !href.startsWith('#') && !/^[a-z][a-z\d+.-]*:/i.test(href)
}

/** `glossary/index.md` + `./jargon#x` → `/glossary/jargon#x`, keeping non-ASCII readable. */
export function resolveAgainst(relativePath: string, href: string): string {
  // Pages of a folder link the same few places: each (folder, href) is resolved once per build.
  const key = relativePath.slice(0, relativePath.lastIndexOf('/') + 1) + '\n' + href
  let resolved = resolvedLinks.get(key)
  if (resolved === undefined) {
    const url = new URL(href, `http://page.invalid/${relativePath}`)
    resolved = decodeURI(url.pathname) + url.search + url.hash
    if (resolvedLinks.size > 50_000) resolvedLinks.clear()
    resolvedLinks.set(key, resolved)
  }
  return resolved
}

const resolvedLinks = new Map<string, string>()
