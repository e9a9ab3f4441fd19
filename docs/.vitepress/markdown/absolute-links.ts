// Turns relative Markdown links into absolute paths, so they resolve the same on `/glossary` and `/glossary/`.
import type MarkdownIt from 'markdown-it'
import { HrefCache } from './href-cache.ts'

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
      const children = block.children
      if (!children) continue
      for (const token of children) {
        if (token.type !== 'link_open' || !token.attrs) continue
        // `href` is the attribute markdown-it's link rule sets first.
        const attr = token.attrs[0]![0] === 'href' ? token.attrs[0]! : token.attrs.find(([name]) => name === 'href')
        if (!attr || !isRelative(attr[1])) continue
        attr[1] = resolveAgainst(relativePath, attr[1])
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
  return resolvedLinks.get(relativePath, href)
}

const resolvedLinks = new HrefCache((relativePath, href) => {
  const url = new URL(href, `http://page.invalid/${relativePath}`)
  return decodeURI(url.pathname) + url.search + url.hash
})
