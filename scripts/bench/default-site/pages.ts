// Which of our pages default VitePress can build as they are, and our sidebar cut down to them (for bench:vs-default).
import matter from 'gray-matter'
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import type { DefaultTheme } from 'vitepress'
import { builtFileCandidates, sourceOfBuiltPage } from '../../../docs/.vitepress/page-url.ts'
import { sidebarLinks } from '../../../docs/.vitepress/config/sidebar-pages.ts'

export interface SourcePage {
  /** Relative to docs/, forward slashes: `glossary/clip.md`. */
  file: string
  text: string
}

export interface LeftOut {
  file: string
  /** Why default VitePress cannot build it as it is, in a few words. */
  reason: string
}

export interface PageSelection {
  /** Home first, then the sidebar's pages in order. */
  included: string[]
  leftOut: LeftOut[]
}

/** The source file a sidebar link names (`/glossary/` → `glossary/index.md`), among `files`; undefined for a link to no page. */
export function sourceOfLink(link: string, files: ReadonlySet<string>): string | undefined {
  const rest = link.split(/[#?]/)[0]!.replace(/^\/+/, '')
  return builtFileCandidates(rest)
    .filter((candidate) => candidate.endsWith('.html'))
    .map(sourceOfBuiltPage)
    .find((file) => files.has(file))
}

const markdown = new MarkdownIt({ html: true })

/** The page's HTML and text outside code (code is shown as it is by VitePress, `v-pre`), token by token. */
function textOutsideCode(content: string): string[] {
  const out: string[] = []
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'html_block' || token.type === 'html_inline' || token.type === 'text') out.push(token.content)
      if (token.children) walk(token.children)
    }
  }
  walk(markdown.parse(content, {}))
  return out
}

/**
 * What in a page needs our site: Vue in the page (`vue: true`), a theme component (GlossaryIndex, …), or `{{`
 * text, which default VitePress compiles as a Vue interpolation (our vue-safe plugin shows it as text).
 * Code spans and blocks do not count.
 */
export function needsOurSite(page: SourcePage, components: readonly string[]): string | undefined {
  const { data, content } = matter(page.text)
  if (data.vue === true) return 'Vue in the page (`vue: true`)'
  const text = textOutsideCode(content)
  const used = components.find((name) => text.some((t) => new RegExp(`<${name}[\\s/>]`).test(t)))
  if (used) return `our component \`<${used}>\``
  if (text.some((t) => t.includes('{{'))) return '`{{ }}` text, which default VitePress compiles as Vue'
  return undefined
}

/**
 * The home page and every page of the sidebar (`pages` are all sources under docs/), in that order, split into
 * those default VitePress builds and those left out. Pages outside the sidebar (other than the home) are not taken.
 */
export function selectPages(pages: readonly SourcePage[], sidebar: readonly DefaultTheme.SidebarItem[], components: readonly string[]): PageSelection {
  const byFile = new Map(pages.map((page) => [page.file, page]))
  const files = new Set(byFile.keys())
  const wanted = ['index.md', ...sidebarLinks(sidebar).map((item) => sourceOfLink(item.link, files))].filter((f): f is string => f !== undefined)
  const selection: PageSelection = { included: [], leftOut: [] }
  for (const file of new Set(wanted)) {
    const reason = needsOurSite(byFile.get(file)!, components)
    if (reason) selection.leftOut.push({ file, reason })
    else selection.included.push(file)
  }
  return selection
}

/** The sidebar with the same groups and order, less the links to pages left out (and groups left empty). */
export function sidebarFor(items: readonly DefaultTheme.SidebarItem[], keep: (link: string) => boolean): DefaultTheme.SidebarItem[] {
  return items.flatMap((item): DefaultTheme.SidebarItem[] => {
    const children = item.items ? sidebarFor(item.items, keep) : undefined
    const linked = item.link !== undefined && keep(item.link)
    if (!linked && !children?.length) return []
    const { link: _link, items: _items, ...rest } = item
    return [{ ...rest, ...(linked ? { link: item.link } : {}), ...(children?.length ? { items: children } : {}) }]
  })
}
