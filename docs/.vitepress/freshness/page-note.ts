// What a page shows about its review (the line near the title and the outdated banner), computed at build time.
import { join } from 'node:path'
import { displayPath } from '../pages.ts'
import { pagePath } from '../page-url.ts'
import { editUrl } from '../site.ts'
import { readText } from '../text.ts'
import { isStale, readFreshness } from './page-freshness.ts'
import { reportIssueUrl } from './report-link.ts'
import { beijingDay, reviewDateChinese, reviewDateText, type ReviewDate } from './review-date.ts'

/** Serialised into the page's data (`page.freshness`); everything the theme needs, nothing it must compute. */
export interface FreshnessNote {
  /** `2022 年 10 月`; undefined when the page has no `reviewed:`. */
  reviewed?: string
  /** `2022-10`, for `<time datetime>`. */
  reviewedIso?: string
  appliesTo?: string
  /** The review is past due as of the build. */
  stale: boolean
  reportUrl: string
  editUrl: string
}

export interface NoteContext {
  /** VitePress's srcDir (docs/), to read the source for line numbers. */
  srcDir: string
  /** Origin and base of this deployment (`https://aidraw.vercel.app`). */
  siteUrl: string
  /** The build's day in Beijing. */
  today?: ReviewDate
}

/** Thrown for a front-matter value the build must not guess at; the message names `file:line` and the fix. */
export class FreshnessError extends Error {
  override name = 'FreshnessError'
}

/**
 * The note for one page, from its front matter. Throws a FreshnessError for an invalid `reviewed`,
 * `reviewEvery` or `appliesTo` value; a missing date is the freshness check's business, not the build's.
 */
export function freshnessNote(
  page: { relativePath: string; title: string; frontmatter: Record<string, unknown> },
  context: NoteContext,
): FreshnessNote {
  const file = join(context.srcDir, page.relativePath)
  const raw = readText(file)
  const { freshness, problems } = readFreshness(page.frontmatter, raw)
  const errors = problems.filter((p) => p.severity === 'error')
  if (errors.length > 0) {
    const where = displayPath(file)
    throw new FreshnessError(errors.map((p) => `${where}:${p.line}: ${p.message}`).join('\n'))
  }
  const today = context.today ?? beijingDay(Date.now())
  const reviewed = freshness.reviewed
  return {
    ...(reviewed ? { reviewed: reviewDateChinese(reviewed), reviewedIso: reviewDateText(reviewed) } : {}),
    ...(freshness.appliesTo ? { appliesTo: freshness.appliesTo } : {}),
    stale: isStale(freshness, today),
    reportUrl: reportIssueUrl({
      title: page.title || 'AiDraw',
      url: context.siteUrl + pagePath(page.relativePath),
      ...(reviewed ? { reviewed: reviewDateText(reviewed) } : {}),
    }),
    editUrl: editUrl(page.relativePath),
  }
}
