// `reviewed:` dates: the two forms authors write, everything else refused, and month arithmetic at the edges.
import { describe, expect, it } from 'vitest'
import matter from 'gray-matter'
import { addMonths, beijingDay, compareReviewDates, parseReviewDate, reviewDateChinese, reviewDateText } from '../../docs/.vitepress/freshness/review-date.ts'

/** The value exactly as YAML front matter gives it to the build. */
const yaml = (line: string): unknown => matter(`---\nreviewed: ${line}\n---\n`).data.reviewed

describe('parseReviewDate', () => {
  it('reads a year-month and a date, quoted or not (YAML reads an unquoted date as a timestamp)', () => {
    expect(yaml('2022-10')).toBe('2022-10')
    expect(yaml('2022-10-05')).toBeInstanceOf(Date)
    expect(parseReviewDate(yaml('2022-10'))).toEqual({ year: 2022, month: 10 })
    expect(parseReviewDate(yaml('2022-10-05'))).toEqual({ year: 2022, month: 10, day: 5 })
    expect(parseReviewDate(yaml('"2022-10-05"'))).toEqual({ year: 2022, month: 10, day: 5 })
    expect(parseReviewDate(yaml('2024-02-29'))).toEqual({ year: 2024, month: 2, day: 29 })
  })

  it.each([
    ['a month that does not exist', '"2022-13"'],
    ['month zero', '2022-00'],
    ['a bare year (YAML: a number)', '2022'],
    ['a Chinese date', '2022年10月'],
    ['a day past the month', '"2023-02-29"'],
    ['a short year', '22-10'],
    ['a month without its zero', '2022-1'],
    ['a list', '[2022, 10]'],
  ])('refuses %s', (_what, line) => {
    expect(parseReviewDate(yaml(line))).toBeUndefined()
  })

  it('writes both forms back as authors write them and as the page shows them', () => {
    expect(reviewDateText({ year: 2022, month: 3 })).toBe('2022-03')
    expect(reviewDateText({ year: 2022, month: 3, day: 7 })).toBe('2022-03-07')
    expect(reviewDateChinese({ year: 2022, month: 10 })).toBe('2022 年 10 月')
    expect(reviewDateChinese({ year: 2022, month: 10, day: 5 })).toBe('2022 年 10 月 5 日')
  })
})

describe('month arithmetic', () => {
  it('adds months across years and clamps a day to the shorter month', () => {
    expect(addMonths({ year: 2022, month: 10 }, 12)).toEqual({ year: 2023, month: 10 })
    expect(addMonths({ year: 2022, month: 11 }, 3)).toEqual({ year: 2023, month: 2 })
    expect(addMonths({ year: 2023, month: 1, day: 31 }, 1)).toEqual({ year: 2023, month: 2, day: 28 })
  })

  it('lets a year-month stand for its whole month when compared with a day', () => {
    expect(compareReviewDates({ year: 2023, month: 10 }, { year: 2023, month: 10, day: 31 })).toBe(0)
    expect(compareReviewDates({ year: 2023, month: 11, day: 1 }, { year: 2023, month: 10 })).toBeGreaterThan(0)
    expect(compareReviewDates({ year: 2023, month: 9, day: 30 }, { year: 2023, month: 10 })).toBeLessThan(0)
  })

  it('takes the day in Beijing: 16:00 UTC is already the next day there', () => {
    expect(beijingDay(Date.parse('2024-12-31T15:59:59Z'))).toEqual({ year: 2024, month: 12, day: 31 })
    expect(beijingDay(Date.parse('2024-12-31T16:00:00Z'))).toEqual({ year: 2025, month: 1, day: 1 })
  })
})
