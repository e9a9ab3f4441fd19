// Writes a set of share cards into the built site: cached ones are copied, the rest rendered with one font load.
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import pLimit from 'p-limit'
import type { CardText } from './card-text.ts'
import { type CardSite, cachedCard, storeCard, writeOutput } from './cache.ts'
import { codePointLabel, FONT_PACKAGE, loadCardFonts } from './fonts.ts'
import { ELLIPSIS } from './layout.ts'
import { renderCard } from './render.ts'

/** One page's card. */
export interface CardJob {
  /** The page as messages name it (`docs/guide/x.md`). */
  file: string
  text: CardText
  /** cardKey(text, site). */
  key: string
  /** Where the PNG goes, relative to the output folder (`share-cards/guide/x-0123456789.png`). */
  output: string
}

export interface WriteCardsOptions {
  outDir: string
  cacheDir: string
  site: CardSite
}

/** Thrown when a card's text has a character the font cannot draw; lists every such character and its page. */
export class MissingGlyphError extends Error {
  constructor(readonly problems: { file: string; char: string }[]) {
    super(
      'Share cards cannot be drawn:\n' +
        problems
          .map(({ file, char }) => `  ${file}: the card font (${FONT_PACKAGE}) has no glyph for "${char}" (${codePointLabel(char)}); write the title or description without it`)
          .join('\n'),
    )
    this.name = 'MissingGlyphError'
  }
}

/** All the text a card draws, for the font subset and the glyph check. */
export function drawnText(text: CardText, site: CardSite): string {
  return [text.title, text.description, text.label, site.name, site.host, ELLIPSIS].join('')
}

/** Writes every job's PNG under `outDir`; throws MissingGlyphError before drawing anything when a glyph is missing. */
export async function writeCards(jobs: CardJob[], { outDir, cacheDir, site }: WriteCardsOptions): Promise<{ rendered: number; cached: number }> {
  const toRender: CardJob[] = []
  for (const job of jobs) {
    const png = cachedCard(cacheDir, job.key)
    if (png) writeOutput(join(outDir, job.output), png)
    else toRender.push(job)
  }
  if (toRender.length === 0) return { rendered: 0, cached: jobs.length }

  const fonts = await loadCardFonts(toRender.map((job) => drawnText(job.text, site)).join(''))
  const problems = toRender.flatMap((job) => fonts.missing(drawnText(job.text, site)).map((char) => ({ file: job.file, char })))
  if (problems.length > 0) throw new MissingGlyphError(problems)

  // Pages with the same card are drawn once. sharp rasterises and encodes on its own threads, so one card's
  // layout (satori, on this thread) overlaps another's encoding.
  const byKey = new Map<string, CardJob[]>()
  for (const job of toRender) byKey.set(job.key, [...(byKey.get(job.key) ?? []), job])
  const limit = pLimit(Math.max(2, availableParallelism()))
  await Promise.all(
    [...byKey].map(([key, same]) =>
      limit(async () => {
        const png = await renderCard(same[0]!.text, site, fonts)
        storeCard(cacheDir, key, png)
        for (const job of same) writeOutput(join(outDir, job.output), png)
      }),
    ),
  )
  return { rendered: byKey.size, cached: jobs.length - toRender.length }
}
