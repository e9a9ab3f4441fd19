// Build-time data loader: the glossary (term pages and jargon rows) for the theme's index page and tooltips.
import { defineLoader } from 'vitepress'
import { collectGlossary, type GlossaryEntry } from './glossary/collect.ts'

export type { GlossaryEntry }

declare const data: GlossaryEntry[]
export { data }

export default defineLoader({
  // Relative to this file; editing a term page reloads the data in `vitepress dev`.
  watch: ['../glossary/*.md'],
  // The watched files are the glossary's folder; which of them define entries is glossaryFiles()'s rule.
  load(): GlossaryEntry[] {
    return collectGlossary()
  },
})
