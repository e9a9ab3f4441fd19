// `npm run check:freshness`: which pages are past their review date, undated, or dated wrongly.
import { resolve } from 'node:path'
import { REVIEW_EVERY_MONTHS } from '../docs/.vitepress/freshness/page-freshness.ts'
import { beijingDay, parseReviewDate, REVIEW_DATE_FORMS } from '../docs/.vitepress/freshness/review-date.ts'
import { OUTPUT_OPTION_SPECS, parseCheckerArgv, stringOption } from './lib/cli-args.ts'
import { isDirectory, runAsCommand } from './lib/command.ts'
import { UsageError } from './lib/exit-codes.ts'
import { checkFreshness } from './lib/freshness-check.ts'
import { printReport } from './lib/reporters.ts'

const DEFAULT_SRC = 'docs'

const HELP = `\
Usage: npm run check:freshness -- [options] [src-dir]

Reads the front matter of every page (default ${DEFAULT_SRC}/) and lists, one line each with file:line:
  errors    a "reviewed:" that is not a date (${REVIEW_DATE_FORMS}), a date after today,
            a "reviewEvery:" that is not a whole number of months, an "appliesTo:" that is not text
  warnings  pages past their review date, oldest first (a review holds ${REVIEW_EVERY_MONTHS} months
            unless the page sets reviewEvery:), then pages without "reviewed:"

Options:
  --today YYYY-MM-DD     check as of this day (default: today in Beijing)
  --json                 print one JSON document (findings and summary) on stdout
  --format FORMAT        human (default), json, or github (Actions annotations)
  -h, --help             show this help

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or internal error.
`

export async function main(argv: readonly string[]): Promise<number> {
  const started = performance.now()
  const args = parseCheckerArgv(argv, { today: { type: 'string' } }, HELP, 'source folder', OUTPUT_OPTION_SPECS)
  if (!args) return 0
  const { values, common } = args
  const folder = args.folder ?? DEFAULT_SRC
  if (!isDirectory(folder)) throw new UsageError(`no Markdown sources at ${folder}`)
  const todayOption = stringOption(values, 'today')
  const today = todayOption === undefined ? beijingDay(Date.now()) : parseReviewDate(todayOption)
  if (!today || today.day === undefined) throw new UsageError(`--today needs a date YYYY-MM-DD (got "${todayOption}")`)

  const result = checkFreshness(resolve(folder), today)
  return printReport('check-freshness', result.findings, { ...result.counts }, { format: common.format, startedMs: started })
}

runAsCommand(import.meta.url, 'check-freshness', main)
