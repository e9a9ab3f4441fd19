// The guide's recent updates: one entry per page, dated by its last meaningful change (history.ts's rule).
import { basename, join } from 'node:path'
import matter from 'gray-matter'
import { listMarkdownFiles, sourcePath } from '../pages.ts'
import { pagePath } from '../page-url.ts'
import { readText } from '../text.ts'
import { isMeaningful, readHistory } from './history.ts'
import type { UpdateEntry } from './entry.ts'

export { UPDATE_KIND_LABELS, type UpdateEntry } from './entry.ts'

/** How many entries the feed and the page list. */
export const MAX_UPDATES = 30

export const SHALLOW_FEED_WARNING =
  'warning: shallow clone kept (ALLOW_SHALLOW_CLONE=1); the updates feed lists only the changes in the fetched history'

/** Every page with a meaningful change, newest first; `warn` hears about a shallow clone. */
export function recentUpdates(srcDir: string, options: { limit?: number; warn?: (message: string) => void } = {}): UpdateEntry[] {
  const { commits, shallow } = readHistory(srcDir)
  if (shallow) (options.warn ?? console.warn)(SHALLOW_FEED_WARNING)
  const pages = new Set(listMarkdownFiles(srcDir).map((file) => sourcePath(srcDir, file)))
  const limit = options.limit ?? MAX_UPDATES
  const entries: UpdateEntry[] = []
  const seen = new Set<string>()
  // Newest first: once the list is full, older commits (and reading their pages) are not needed.
  for (const commit of commits) {
    for (const [source, change] of commit.changes) {
      if (entries.length === limit) return entries
      if (seen.has(source) || !pages.has(source) || !isMeaningful(change)) continue
      seen.add(source)
      const kind = change.created ? 'new' : change.reviewedChanged ? 'reviewed' : 'changed'
      entries.push({ source, path: pagePath(source), ...describePage(join(srcDir, source)), date: commit.time, kind })
    }
  }
  return entries
}

/** Title and one-line summary from the page's front matter, else its first heading and paragraph. */
function describePage(file: string): { title: string; summary: string } {
  const { data, content } = matter(readText(file))
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const heading = /^#\s+(.+)$/m.exec(content)?.[1]?.trim() ?? ''
  const paragraph = content.split(/\n{2,}/).map((p) => p.trim()).find((p) => p && !/^[#!?:|<>`=-]/.test(p)) ?? ''
  return {
    title: text(data.title) || text(data.term) || heading || basename(file, '.md'),
    summary: text(data.description) || text(data.summary) || text(data.hero?.tagline) || paragraph.slice(0, 120),
  }
}
