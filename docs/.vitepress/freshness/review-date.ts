// The `reviewed:` date of a page: a year-month (`2022-10`) or a full date (`2022-10-05`), read strictly.
import { UTC8_MS } from '../theme/beijing-time.ts'

/** A date a page's facts were checked on; `day` only when the author gave one. */
export interface ReviewDate {
  year: number
  month: number
  day?: number
}

export const REVIEW_DATE_FORMS = 'YYYY-MM or YYYY-MM-DD'

/**
 * Reads a `reviewed:`-style value as YAML gives it: a string `2022-10` / `2022-10-05`, or a Date
 * (YAML reads an unquoted `2022-10-05` as a timestamp). Returns undefined for anything else: a bare
 * year, a Chinese date, a number, an impossible month or day.
 */
export function parseReviewDate(value: unknown): ReviewDate | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() }
  }
  if (typeof value !== 'string') return undefined
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim())
  if (!match) return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  if (month < 1 || month > 12) return undefined
  if (match[3] === undefined) return { year, month }
  const day = Number(match[3])
  if (day < 1 || day > daysInMonth(year, month)) return undefined
  return { year, month, day }
}

/** `2022-10` or `2022-10-05`: the form an author writes and the check prints. */
export function reviewDateText(date: ReviewDate): string {
  const ym = `${date.year}-${String(date.month).padStart(2, '0')}`
  return date.day === undefined ? ym : `${ym}-${String(date.day).padStart(2, '0')}`
}

/** `2022 年 10 月` or `2022 年 10 月 5 日`, as the page shows it. */
export function reviewDateChinese(date: ReviewDate): string {
  return `${date.year} 年 ${date.month} 月` + (date.day === undefined ? '' : ` ${date.day} 日`)
}

/** The date `months` after `date` (a year-month stays a year-month; a day past the month's end is clamped). */
export function addMonths(date: ReviewDate, months: number): ReviewDate {
  const index = date.year * 12 + (date.month - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  if (date.day === undefined) return { year, month }
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) }
}

/**
 * Orders two dates; a year-month stands for its whole month, so it compares as its first day when it
 * is the earlier side and as its last day when it is the later one: a review in "2022-10" is not after
 * any day of October 2022, and no day of October 2022 is after it.
 */
export function compareReviewDates(a: ReviewDate, b: ReviewDate): number {
  return a.year - b.year || a.month - b.month || (a.day === undefined || b.day === undefined ? 0 : a.day - b.day)
}

/** The calendar day in Beijing (the site's time zone for every date it shows) at the instant `ms`. */
export function beijingDay(ms: number): ReviewDate {
  const d = new Date(ms + UTC8_MS)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
