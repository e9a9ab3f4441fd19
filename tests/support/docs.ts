// Reading the guide's Markdown sources in tests: list pages, split frontmatter, find headings.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import matter from 'gray-matter'
import { listMarkdownFiles, sourcePath } from '../../docs/.vitepress/pages.ts'

export const ROOT = new URL('../../', import.meta.url).pathname
export const DOCS = join(ROOT, 'docs')

export interface SourcePage {
  /** Path relative to docs/, with forward slashes (`glossary/clip.md`). */
  relativePath: string
  frontmatter: Record<string, unknown>
  body: string
}

export function listMarkdown(dir = DOCS): string[] {
  return listMarkdownFiles(dir)
}

export function readPage(file: string): SourcePage {
  const parsed = matter(readFileSync(file, 'utf8'))
  return {
    relativePath: sourcePath(DOCS, file),
    frontmatter: parsed.data,
    body: parsed.content,
  }
}

/** ATX headings of a Markdown text, outside fenced code, with `{#id}` suffixes removed. */
export function headings(markdown: string): { depth: number; text: string }[] {
  const found: { depth: number; text: string }[] = []
  let fence: string | null = null
  for (const line of markdown.split(/\r?\n/)) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line)
    if (fenceMatch) {
      const marker = fenceMatch[1]!
      if (fence === null) fence = marker[0]!
      else if (marker[0] === fence) fence = null
      continue
    }
    if (fence !== null) continue
    const m = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line)
    if (m) found.push({ depth: m[1]!.length, text: m[2]!.replace(/\s*\{#[^}]*\}$/, '').trim() })
  }
  return found
}
