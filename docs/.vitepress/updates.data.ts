// Build-time data loader: the recent updates (feed/updates.ts) for the 最近更新 page; the feeds list the same entries.
import { defineLoader } from 'vitepress'
import { recentUpdates, type UpdateEntry } from './feed/updates.ts'
import { DOCS_DIR } from './glossary/collect.ts'

export type { UpdateEntry }

declare const data: UpdateEntry[]
export { data }

export default defineLoader({
  // Relative to this file: editing any page reloads the list in `vitepress dev`.
  watch: ['../**/*.md'],
  load(): UpdateEntry[] {
    return recentUpdates(DOCS_DIR)
  },
})
