// The pages whose facts need a look: past their review date (oldest first), undated, or dated wrongly.
import matter from 'gray-matter'
import { datedProblems, readFreshness, type FreshnessProblem } from '../../docs/.vitepress/freshness/page-freshness.ts'
import { compareReviewDates, type ReviewDate } from '../../docs/.vitepress/freshness/review-date.ts'
import { displayPath, listMarkdownFiles, sourcePath } from '../../docs/.vitepress/pages.ts'
import { pagePath } from '../../docs/.vitepress/page-url.ts'
import { readText } from '../../docs/.vitepress/text.ts'
import type { Finding } from './finding.ts'

export interface FreshnessResult {
  findings: Finding[]
  counts: { pages: number; reviewed: number; stale: number }
}

/** Checks every page under `srcDir` as of `today` (a day in Beijing). */
export function checkFreshness(srcDir: string, today: ReviewDate): FreshnessResult {
  const errors: Finding[] = []
  const stale: { finding: Finding; reviewed: ReviewDate }[] = []
  const undated: Finding[] = []
  let reviewed = 0
  const files = listMarkdownFiles(srcDir)
  for (const file of files) {
    const raw = readText(file)
    const shown = displayPath(file)
    const url = pagePath(sourcePath(srcDir, file))
    const finding = (p: FreshnessProblem): Finding => ({ file: shown, line: p.line, col: 0, severity: p.severity, code: p.code, message: p.message, url })
    let data: Record<string, unknown>
    try {
      data = matter(raw).data
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0]
      errors.push({ file: shown, line: 1, col: 0, severity: 'error', code: 'invalid-frontmatter', message: `front matter is not valid YAML (${reason}); fix it so the page's dates can be read`, url })
      continue
    }
    const { freshness, problems } = readFreshness(data, raw)
    if (freshness.reviewed) reviewed++
    for (const p of [...problems, ...datedProblems(freshness, raw, today)]) {
      if (p.code === 'stale') stale.push({ finding: finding(p), reviewed: freshness.reviewed! })
      else if (p.code === 'no-review') undated.push(finding(p))
      else errors.push(finding(p))
    }
  }
  stale.sort((a, b) => compareReviewDates(a.reviewed, b.reviewed) || a.finding.file.localeCompare(b.finding.file))
  return {
    findings: [...errors, ...stale.map((s) => s.finding), ...undated],
    counts: { pages: files.length, reviewed, stale: stale.length },
  }
}
