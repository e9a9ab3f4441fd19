// Where a front-matter key is written in a Markdown source, for messages that name `file:line`.
import { toLf } from './text.ts'

export interface FrontmatterField {
  /** 1-based line of `key:` in the file. */
  line: number
  /** The value as written on that line, quotes removed (`2022-13` for `reviewed: "2022-13"`). */
  written: string
}

/** The top-level `key:` of the leading `---` block, or undefined when the page has none. */
export function frontmatterField(raw: string, key: string): FrontmatterField | undefined {
  const lines = toLf(raw).split('\n')
  if (lines[0]?.trim() !== '---') return undefined
  const pattern = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:(.*)$`)
  for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    const match = pattern.exec(lines[i]!)
    if (match) return { line: i + 1, written: match[1]!.replace(/\s+#.*$/, '').trim().replace(/^(['"])(.*)\1$/, '$2') }
  }
  return undefined
}

/** The line of `key:`, or 1 (the file's first line) when the key is not written. */
export function frontmatterLine(raw: string, key: string): number {
  return frontmatterField(raw, key)?.line ?? 1
}
