// A page's review as the build and the freshness check read it: messages with file:line, stale and future pages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import matter from 'gray-matter'
import { afterAll, describe, expect, it } from 'vitest'
import { FreshnessError, freshnessNote } from '../../docs/.vitepress/freshness/page-note.ts'
import { datedProblems, isStale, readFreshness } from '../../docs/.vitepress/freshness/page-freshness.ts'
import { freshnessHtml } from '../../docs/.vitepress/freshness/note-html.ts'
import { REPORT_TEMPLATE, reportIssueUrl } from '../../docs/.vitepress/freshness/report-link.ts'
import { runScript } from '../support/run-script.ts'

const read = (raw: string) => readFreshness(matter(raw).data, raw)
const today = { year: 2024, month: 6, day: 15 }

describe('readFreshness', () => {
  it('reads reviewed, appliesTo and reviewEvery', () => {
    const { freshness, problems } = read('---\ntitle: x\nreviewed: 2023-11\nappliesTo: SD WebUI 1.x\nreviewEvery: 6\n---\n# x\n')
    expect(problems).toEqual([])
    expect(freshness).toEqual({ reviewed: { year: 2023, month: 11 }, appliesTo: 'SD WebUI 1.x', reviewEvery: 6, dueBy: { year: 2024, month: 5 } })
    expect(isStale(freshness, { year: 2024, month: 5, day: 31 })).toBe(false)
    expect(isStale(freshness, { year: 2024, month: 6, day: 1 })).toBe(true)
  })

  it('names the line and the value as written for a bad date, a bad interval and empty appliesTo', () => {
    expect(read('---\ntitle: x\nreviewed: "2022-13"\n---\n').problems).toEqual([
      { line: 3, severity: 'error', code: 'invalid-date', message: 'reviewed: "2022-13" is not a year-month or date (YYYY-MM or YYYY-MM-DD)' },
    ])
    expect(read('---\nreviewed: 2022\n---\n').problems[0]!.message).toBe('reviewed: "2022" is not a year-month or date (YYYY-MM or YYYY-MM-DD)')
    expect(read('---\nreviewed: 2022年10月\n---\n').problems[0]!.message).toBe('reviewed: "2022年10月" is not a year-month or date (YYYY-MM or YYYY-MM-DD)')
    expect(read('---\nreviewed: 2024-01\nreviewEvery: 0\n---\n').problems).toMatchObject([{ line: 3, code: 'invalid-value', message: expect.stringContaining('reviewEvery: "0"') }])
    expect(read('---\nreviewed: 2024-01\nappliesTo:\n---\n').problems).toMatchObject([{ line: 3, code: 'invalid-value' }])
  })

  it('warns about a page without front matter at its first line, and builds it', () => {
    const { freshness, problems } = read('# 没有 front matter\n')
    expect(freshness.reviewed).toBeUndefined()
    expect(problems).toMatchObject([{ line: 1, severity: 'warning', code: 'no-review' }])
  })

  it('calls a date after today an error and a past-due review a warning', () => {
    const future = '---\nreviewed: 2024-07-01\n---\n'
    expect(datedProblems(read(future).freshness, future, today)).toMatchObject([{ line: 2, severity: 'error', code: 'future-date' }])
    const sameMonth = '---\nreviewed: 2024-06\n---\n'
    expect(datedProblems(read(sameMonth).freshness, sameMonth, today)).toEqual([])
    const old = '---\nreviewed: 2022-10\n---\n'
    expect(datedProblems(read(old).freshness, old, today)).toMatchObject([{ severity: 'warning', code: 'stale', message: expect.stringContaining('due for review since 2023-10') }])
  })
})

describe('freshnessNote (what the build gives each page)', () => {
  const srcDir = mkdtempSync(join(tmpdir(), 'freshness-'))
  afterAll(() => rmSync(srcDir, { recursive: true, force: true }))
  const page = (name: string, raw: string) => {
    writeFileSync(join(srcDir, name), raw)
    return { relativePath: name, title: '标题', frontmatter: matter(raw).data }
  }
  const context = { srcDir, siteUrl: 'https://example.org', today }

  it('stops the build with file:line and the expected forms', () => {
    const bad = page('bad.md', '---\ntitle: 坏日期\nreviewed: 2022-13\n---\n# x\n')
    // Outside the working directory, so named by its absolute path.
    const where = join(srcDir, 'bad.md')
    expect(() => freshnessNote(bad, context)).toThrow(FreshnessError)
    expect(() => freshnessNote(bad, context)).toThrow(`${where}:3: reviewed: "2022-13" is not a year-month or date (YYYY-MM or YYYY-MM-DD)`)
  })

  it('gives the Chinese date, staleness and a prefilled report link', () => {
    const note = freshnessNote(page('old.md', '---\nreviewed: 2022-10\nappliesTo: NAI 泄漏版\n---\n# x\n'), context)
    expect(note).toMatchObject({ reviewed: '2022 年 10 月', reviewedIso: '2022-10', appliesTo: 'NAI 泄漏版', stale: true })
    const report = new URL(note.reportUrl)
    expect(report.pathname).toMatch(/\/issues\/new$/)
    expect(Object.fromEntries(report.searchParams)).toEqual({
      template: REPORT_TEMPLATE,
      title: '内容过时 / 有误：标题',
      page: 'https://example.org/old',
      reviewed: '2022-10',
    })
    expect(note.editUrl).toMatch(/\/edit\/main\/docs\/old\.md$/)
  })

  it('builds a page without front matter, unreviewed and not stale', () => {
    const note = freshnessNote(page('plain.md', '# 没有 front matter\n'), context)
    expect(note.reviewed).toBeUndefined()
    expect(note.stale).toBe(false)
    expect(new URL(note.reportUrl).searchParams.get('reviewed')).toBe('未标注')
  })
})

describe('freshnessHtml (what the page shows)', () => {
  const note = { reviewed: '2022 年 10 月', reviewedIso: '2022-10', appliesTo: 'SD <WebUI> & NAI', stale: false, reportUrl: 'https://github.com/o/r/issues/new?a=1&b=2', editUrl: 'https://github.com/o/r/edit/main/docs/x.md' }

  it('shows the date, what it applies to and the report link, escaped; the banner only when stale', () => {
    const html = freshnessHtml(note)
    expect(html).toContain('<span>内容核对于 <time datetime="2022-10">2022 年 10 月</time></span>')
    expect(html).toContain('适用于 SD &lt;WebUI&gt; &amp; NAI')
    expect(html).toContain('class="page-freshness-report" href="https://github.com/o/r/issues/new?a=1&amp;b=2"')
    expect(html).not.toContain('page-freshness-banner')
    const stale = freshnessHtml({ ...note, stale: true })
    expect(stale).toMatch(/^<div class="page-freshness-banner" role="note"[^>]*><p><strong>本页内容可能已过时。<\/strong>它最后核对于 <time/)
    expect(stale).toContain('href="https://github.com/o/r/edit/main/docs/x.md"')
  })

  it('says so when a page has no date', () => {
    expect(freshnessHtml({ stale: false, reportUrl: 'u', editUrl: 'e' })).toContain('<span>内容尚未核对</span>')
  })

  it('keeps Chinese in the report link as characters and encodes what a query would misread', () => {
    const url = reportIssueUrl({ title: 'A&B #1 + 名词', url: 'https://x.example/glossary/clip', reviewed: '2022-10' })
    expect(url).toContain('title=内容过时%20/%20有误：A%26B%20%231%20%2B%20名词')
    expect(new URL(url).searchParams.get('title')).toBe('内容过时 / 有误：A&B #1 + 名词')
  })
})

describe('npm run check:freshness', () => {
  const FIXTURE = 'tests/fixtures/freshness/docs'
  const check = (...args: string[]) => runScript('scripts/check-freshness.ts', ['--today', '2024-06-15', ...args, FIXTURE])

  it('lists errors, then stale pages oldest first, then undated pages, and exits 1', async () => {
    const run = await check()
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    const lines = run.stdout.trimEnd().split('\n')
    const at = (code: string) => lines.filter((l) => l.includes(` ${code} `)).map((l) => l.split(' ')[0])
    expect(at('invalid-date')).toEqual([`${FIXTURE}/guide/bad-month.md:3`, `${FIXTURE}/guide/bare-year.md:3`, `${FIXTURE}/guide/chinese-date.md:3`])
    expect(at('invalid-value')).toEqual([`${FIXTURE}/guide/bad-every.md:4`])
    expect(at('future-date')).toEqual([`${FIXTURE}/guide/future.md:3`])
    expect(at('stale')).toEqual([`${FIXTURE}/guide/oldest.md:3`, `${FIXTURE}/guide/older.md:3`, `${FIXTURE}/guide/six-months.md:3`])
    expect(at('no-review')).toEqual([`${FIXTURE}/guide/no-frontmatter.md:1`, `${FIXTURE}/guide/undated.md:1`])
    const order = lines.map((l) => l.split(' ')[2])
    expect(order.indexOf('stale')).toBeGreaterThan(order.lastIndexOf('future-date'))
    expect(order.indexOf('no-review')).toBeGreaterThan(order.lastIndexOf('stale'))
    expect(lines.at(-1)).toMatch(/^11 pages, 6 reviewed, 3 stale, 5 errors, 5 warnings, [\d.]+ s$/)
  })

  it('writes JSON and GitHub annotations', async () => {
    const json = JSON.parse((await check('--json')).stdout) as { exitCode: number; findings: { code: string }[] }
    expect(json.exitCode).toBe(1)
    expect(json.findings).toHaveLength(10)
    const github = (await check('--format', 'github')).stdout
    expect(github).toContain('::warning file=tests/fixtures/freshness/docs/guide/oldest.md,line=3,title=stale::')
  })

  it('passes the guide itself (warnings allowed) and refuses a bad --today with exit 2', async () => {
    const guide = await runScript('scripts/check-freshness.ts', [])
    expect(guide.code, guide.stdout).toBe(0)
    expect(guide.stdout).not.toMatch(/ error /)
    const usage = await runScript('scripts/check-freshness.ts', ['--today', '2024-6-1'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('--today needs a date YYYY-MM-DD (got "2024-6-1")')
  })
})
