// Build-time warnings that name the page and line of the Markdown file, for the MkDocs-compatibility plugins.
import { relative } from 'node:path'
import type MarkdownIt from 'markdown-it'

export type Warn = (message: string) => void

export interface Warner {
  /** Warns once per distinct message; `line` is markdown-it's 0-based line of the rendered source. */
  (env: unknown, line: number | undefined, message: string): void
}

// VitePress's front matter plugin hands markdown-it the page without its front matter, so the
// source that render() was given is remembered per env to count the lines it dropped.
const renderedSources = new WeakMap<MarkdownIt, WeakMap<object, string>>()

function sourcesOf(md: MarkdownIt): WeakMap<object, string> {
  let sources = renderedSources.get(md)
  if (!sources) {
    const created = new WeakMap<object, string>()
    sources = created
    renderedSources.set(md, created)
    const render = md.render.bind(md)
    md.render = (src, env = {}) => {
      created.set(env as object, src)
      return render(src, env)
    }
  }
  return sources
}

/**
 * A warning function for one plugin: `[tag] docs/page.md:12: message`. VitePress renders every page
 * twice (the page and its search index), so each message is said once.
 */
export function createWarner(md: MarkdownIt, tag: string, warn: Warn = (m) => console.warn(m)): Warner {
  const sources = sourcesOf(md)
  const said = new Set<string>()
  return (env, line, message) => {
    const where =
      line === undefined ? '' : `:${line + 1 + frontMatterLines(isObject(env) ? sources.get(env) : undefined, env)}`
    const text = `[${tag}] ${sourceName(env)}${where}: ${message}`
    if (said.has(text)) return
    said.add(text)
    warn(text)
  }
}

/** VitePress stores the body it parsed as `env.content`; whatever precedes it in the file is front matter. */
function frontMatterLines(source: string | undefined, env: unknown): number {
  const content = (env as { content?: unknown } | undefined)?.content
  if (source === undefined || typeof content !== 'string' || !source.endsWith(content)) return 0
  let lines = 0
  for (let i = source.length - content.length - 1; i >= 0; i--) if (source.charCodeAt(i) === 0x0a) lines++
  return lines
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

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}
