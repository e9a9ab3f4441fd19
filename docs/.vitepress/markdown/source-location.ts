// Build-time warnings that name the page and line of the Markdown file, for the MkDocs-compatibility plugins.
import { relative } from 'node:path'
import type MarkdownIt from 'markdown-it'
import type { MarkdownOptions } from 'vitepress'

export type Warn = (message: string) => void

export interface Warner {
  /** Warns once per distinct message; `line` is markdown-it's 0-based line (a token's `map`) of the rendered source. */
  (env: unknown, line: number | undefined, message: string): void
}

type GrayMatterOptions = NonNullable<NonNullable<MarkdownOptions['frontmatter']>['grayMatterOptions']>

// Kept in the page's front matter data under a symbol: VitePress copies it into `env.frontmatter`, no page sees it.
const FRONT_MATTER_LINES = Symbol('front matter lines')

/**
 * gray-matter options for VitePress's front matter plugin (`markdown.frontmatter.grayMatterOptions`).
 * VitePress hands markdown-it the page without its front matter, so token maps count from the line after it;
 * gray-matter's `excerpt` hook sees the whole file and records how many lines the front matter took.
 * (The hook replaces gray-matter's own excerpt, which VitePress only reads for `excerpt_separator`, unused here.)
 */
export const frontMatterLineCounter: GrayMatterOptions = {
  excerpt: ((file: { orig: Buffer | string; content: string; data: Record<symbol, unknown> }) => {
    if (typeof file.data !== 'object' || file.data === null) return
    // The file as gray-matter read it (a Buffer of UTF-8), its body at the end: count the newlines before.
    const source = typeof file.orig === 'string' ? Buffer.from(file.orig) : file.orig
    const before = source.length - Buffer.byteLength(file.content)
    if (before < 0) return
    let lines = 0
    for (let i = 0; i < before; i++) if (source[i] === 0x0a) lines++
    file.data[FRONT_MATTER_LINES] = lines
  }) as unknown as GrayMatterOptions['excerpt'],
}

/**
 * A warning function for one plugin: `[tag] docs/page.md:12: message`. VitePress renders every page
 * twice (the page and its search index), so each message is said once.
 */
export function createWarner(_md: MarkdownIt, tag: string, warn: Warn = (m) => console.warn(m)): Warner {
  const said = new Set<string>()
  return (env, line, message) => {
    const where = line === undefined ? '' : `:${line + 1 + frontMatterLines(env)}`
    const text = `[${tag}] ${sourceName(env)}${where}: ${message}`
    if (said.has(text)) return
    said.add(text)
    warn(text)
  }
}

function frontMatterLines(env: unknown): number {
  const lines = (env as { frontmatter?: Record<symbol, unknown> } | undefined)?.frontmatter?.[FRONT_MATTER_LINES]
  return typeof lines === 'number' ? lines : 0
}

export function sourceName(env: unknown): string {
  const { path, relativePath } = (env ?? {}) as { path?: unknown; relativePath?: unknown }
  if (typeof path === 'string' && path) return relative(process.cwd(), path) || path
  if (typeof relativePath === 'string' && relativePath) return relativePath
  return '<markdown>'
}

/** Front matter `vue: true`: the page is a Vue template on purpose (see vue-safe.ts). */
export function pageUsesVue(env: unknown): boolean {
  return (env as { frontmatter?: { vue?: unknown } } | undefined)?.frontmatter?.vue === true
}
