// The share cards in VitePress's build: each page's card and head tags in transformPageData, the PNGs in buildEnd.
import { join } from 'node:path'
import type { HeadConfig, PageData, SiteConfig } from 'vitepress'
import { collectGlossary } from '../glossary/collect.ts'
import { displayPath } from '../pages.ts'
import { readText } from '../text.ts'
import { cardText } from './card-text.ts'
import { type CardSite, cardKey, defaultCacheDir } from './cache.ts'
import { type CardJob, writeCards } from './cards.ts'
import { shareCardHead } from './head.ts'
import { cardOutput } from './site-cards.ts'

/** This build's cards by page; the client and server passes both transform every page, to the same card. */
const jobs = new Map<string, CardJob>()
const warned = new Set<string>()

/** The name and address a card shows at its top and bottom: `AiDraw`, `draw.dianas.cyou`. */
export function cardSite(name: string, siteUrl: string): CardSite {
  return { name, host: siteUrl.replace(/^https?:\/\//, '') }
}

/** The page's card, noted for buildEnd, and its head tags; warns (once) when the card falls back on the site name or first paragraph. */
export function shareCardTags(pageData: PageData, siteConfig: SiteConfig, siteUrl: string): HeadConfig[] {
  const site = cardSite(siteConfig.site.title, siteUrl)
  const path = join(siteConfig.srcDir, pageData.relativePath)
  let source: string | undefined
  const entry = collectGlossary().find((e) => e.kind === 'page' && e.page === pageData.relativePath)
  const { text, title, description, warnings } = cardText(
    {
      file: displayPath(path),
      title: pageData.title,
      description: pageData.description,
      frontmatter: pageData.frontmatter,
      source: () => (source ??= readText(path)),
    },
    site.name,
    entry,
  )
  for (const warning of warnings) {
    if (warned.has(warning)) continue
    warned.add(warning)
    console.warn(`[share-card] ${warning}`)
  }
  const key = cardKey(text, site)
  const output = cardOutput(pageData.relativePath, key)
  jobs.set(pageData.relativePath, { file: displayPath(path), text, key, output })
  return shareCardHead({
    title,
    description,
    image: `${siteUrl}/${output}`,
    alt: [text.label, text.title, text.description].filter(Boolean).join('：'),
  })
}

/** VitePress buildEnd: every page's card PNG in the output folder, from the cache when its hash is there. */
export async function writeShareCards(siteConfig: SiteConfig, siteUrl: string): Promise<void> {
  const started = performance.now()
  const { rendered, cached } = await writeCards([...jobs.values()], {
    outDir: siteConfig.outDir,
    cacheDir: defaultCacheDir(siteConfig.srcDir),
    site: cardSite(siteConfig.site.title, siteUrl),
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`[share-card] ${rendered + cached} cards: ${rendered} drawn, ${cached} from .cache/share-cards (${seconds} s)`)
}
