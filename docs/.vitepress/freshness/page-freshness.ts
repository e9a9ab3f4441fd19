// How current a page's facts are: its `reviewed:` front matter, checked, and whether a review is due.
import { frontmatterField } from '../frontmatter-lines.ts'
import {
  REVIEW_DATE_FORMS,
  addMonths,
  compareReviewDates,
  parseReviewDate,
  reviewDateText,
  type ReviewDate,
} from './review-date.ts'

/** How many months a review stays current unless a page sets `reviewEvery:`; the one place to change it. */
export const REVIEW_EVERY_MONTHS = 12

/** What a page says about its review, read from front matter. */
export interface Freshness {
  reviewed?: ReviewDate
  /** Free text naming what the page was checked against (`SD WebUI 1.x`). */
  appliesTo?: string
  reviewEvery: number
  /** The last day (or month) the review counts as current; undefined without `reviewed`. */
  dueBy?: ReviewDate
}

export interface FreshnessProblem {
  /** 1-based line in the Markdown source (1 when the key is not written). */
  line: number
  severity: 'error' | 'warning'
  code: 'invalid-date' | 'future-date' | 'no-review' | 'invalid-value' | 'stale'
  message: string
}

/** Reads `reviewed`, `appliesTo` and `reviewEvery` from parsed front matter; `raw` is the file, for lines and as-written values. */
export function readFreshness(frontmatter: Record<string, unknown>, raw: string): { freshness: Freshness; problems: FreshnessProblem[] } {
  const problems: FreshnessProblem[] = []
  const field = (key: string) => frontmatterField(raw, key)
  const freshness: Freshness = { reviewEvery: REVIEW_EVERY_MONTHS }

  if ('reviewEvery' in frontmatter) {
    const every = frontmatter.reviewEvery
    if (typeof every === 'number' && Number.isInteger(every) && every > 0) freshness.reviewEvery = every
    else {
      const where = field('reviewEvery')
      problems.push({
        line: where?.line ?? 1,
        severity: 'error',
        code: 'invalid-value',
        message: `reviewEvery: "${where?.written ?? String(every)}" is not a whole number of months; write e.g. reviewEvery: 6`,
      })
    }
  }

  if ('appliesTo' in frontmatter) {
    const applies = frontmatter.appliesTo
    if (typeof applies === 'string' && applies.trim()) freshness.appliesTo = applies.trim()
    else {
      problems.push({
        line: field('appliesTo')?.line ?? 1,
        severity: 'error',
        code: 'invalid-value',
        message: 'appliesTo: must be text naming the tool and version checked against, e.g. appliesTo: SD WebUI 1.x',
      })
    }
  }

  const value = frontmatter.reviewed
  const where = field('reviewed')
  if (value === undefined || value === null) {
    problems.push({
      line: where?.line ?? 1,
      severity: 'warning',
      code: 'no-review',
      message: 'no "reviewed:" date; after checking the page\'s facts, add the year-month you checked it in, as reviewed: YYYY-MM',
    })
  } else {
    const reviewed = parseReviewDate(value)
    if (reviewed) {
      freshness.reviewed = reviewed
      freshness.dueBy = addMonths(reviewed, freshness.reviewEvery)
    } else {
      const written = where?.written ?? (value instanceof Date ? value.toISOString() : String(value))
      problems.push({
        line: where?.line ?? 1,
        severity: 'error',
        code: 'invalid-date',
        message: `reviewed: "${written}" is not a year-month or date (${REVIEW_DATE_FORMS})`,
      })
    }
  }
  return { freshness, problems }
}

/** The review is past due on `today`: the page may be out of date. */
export function isStale(freshness: Freshness, today: ReviewDate): boolean {
  return freshness.dueBy !== undefined && compareReviewDates(today, freshness.dueBy) > 0
}

/** The review date lies after `today`: nobody can have checked the page then. */
export function isInFuture(freshness: Freshness, today: ReviewDate): boolean {
  return freshness.reviewed !== undefined && compareReviewDates(freshness.reviewed, today) > 0
}

/** Problems of the date itself as of `today` (the checker's view; the build only refuses invalid values). */
export function datedProblems(freshness: Freshness, raw: string, today: ReviewDate): FreshnessProblem[] {
  const line = frontmatterField(raw, 'reviewed')?.line ?? 1
  if (isInFuture(freshness, today)) {
    return [
      {
        line,
        severity: 'error',
        code: 'future-date',
        message: `reviewed: "${reviewDateText(freshness.reviewed!)}" is after today (${reviewDateText(today)}, Beijing time); write the date the page was checked`,
      },
    ]
  }
  if (isStale(freshness, today)) {
    return [
      {
        line,
        severity: 'warning',
        code: 'stale',
        message: `reviewed ${reviewDateText(freshness.reviewed!)}, due for review since ${reviewDateText(freshness.dueBy!)} (every ${freshness.reviewEvery} months); check the facts and update reviewed:`,
      },
    ]
  }
  return []
}
