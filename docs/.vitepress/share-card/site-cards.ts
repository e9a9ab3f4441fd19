// Every page's card read from the sources, as the build makes them, for tests and benchmarks that need no build.
import { collectGlossary } from '../glossary/collect.ts'
import { listMarkdownFiles, sourcePath } from '../pages.ts'
import { readText } from '../text.ts'
import { type CardSite, cardKey } from './cache.ts'
import { cardPageFromSource, cardText } from './card-text.ts'
import type { CardJob } from './cards.ts'
import { SHARE_CARD_DIR } from './output-dir.ts'

/** One job per page below `docsDir` (`docs`), its output and key as the build names them. */
export function siteCardJobs(docsDir: string, site: CardSite): CardJob[] {
  const glossary = collectGlossary()
  return listMarkdownFiles(docsDir).map((path) => {
    const relativePath = sourcePath(docsDir, path)
    const entry = glossary.find((e) => e.kind === 'page' && e.page === relativePath)
    const { text } = cardText(cardPageFromSource(sourcePath('.', path), readText(path)), site.name, entry)
    const key = cardKey(text, site)
    return { file: sourcePath('.', path), text, key, output: cardOutput(relativePath, key) }
  })
}

/** Where a page's card goes in the built site: `glossary/clip.md` → `share-cards/glossary/clip-<key>.png`. */
export function cardOutput(relativePath: string, key: string): string {
  return `${SHARE_CARD_DIR}/${relativePath.replace(/\.md$/, '')}-${key.slice(0, 10)}.png`
}
