// Turns findings and a summary into text for people (human), machines (json) or GitHub Actions (github).
import { styleText } from 'node:util'
import { exitCodeFor } from './exit-codes.ts'
import { countBySeverity, type Finding, type Summary } from './finding.ts'

export const OUTPUT_FORMATS = ['human', 'json', 'github'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

export interface Report {
  /** Command name, e.g. `check-links`; goes into the JSON document. */
  tool: string
  findings: readonly Finding[]
  summary: Summary
  exitCode: number
  /** What an error is called in the summary line: `broken` for links. */
  errorNoun?: string
}

/** Version of the `--json` document; bump it when a field changes meaning or goes away. */
export const JSON_SCHEMA_VERSION = 1

/**
 * The end of every checker: its findings and summary on stdout in `format` (coloured only for a
 * person at a terminal without NO_COLOR), timed from `startedMs` (`performance.now()`); returns the exit code.
 */
export function printReport(
  tool: string,
  findings: readonly Finding[],
  counts: Record<string, number>,
  options: { format: OutputFormat; startedMs: number; errorNoun?: string },
): number {
  const { errors, warnings } = countBySeverity(findings)
  const exitCode = exitCodeFor(findings)
  const seconds = Math.round(performance.now() - options.startedMs) / 1000
  const report: Report = { tool, findings, summary: { counts, errors, warnings, seconds }, exitCode }
  if (options.errorNoun !== undefined) report.errorNoun = options.errorNoun
  const color = options.format === 'human' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  process.stdout.write(renderReport(report, options.format, { color }))
  return exitCode
}

export function renderReport(report: Report, format: OutputFormat, options: { color?: boolean } = {}): string {
  switch (format) {
    case 'json':
      return renderJson(report)
    case 'github':
      return renderGithub(report)
    case 'human':
      return renderHuman(report, options.color ?? false)
  }
}

export function formatLocation(f: Pick<Finding, 'file' | 'line' | 'col'>): string {
  if (f.line <= 0) return f.file
  return f.col > 0 ? `${f.file}:${f.line}:${f.col}` : `${f.file}:${f.line}`
}

/** `docs/glossary/clip.md:12:5 error 404 https://… (linked text) — message [note]` */
export function formatFindingLine(f: Finding, color = false): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (color ? styleText(style, text) : text)
  const severity = f.severity === 'error' ? paint('red', 'error') : paint('yellow', 'warning')
  let line = `${paint('bold', formatLocation(f))} ${severity} ${f.code} ${f.url}`
  if (f.text) line += ` (${f.text})`
  if (f.message) line += ` — ${f.message}`
  if (f.note) line += paint('dim', ` [${f.note}]`)
  return line
}

export function formatSummaryLine(report: Report): string {
  const { summary } = report
  const parts = Object.entries(summary.counts).map(([label, n]) => count(n, label))
  parts.push(count(summary.errors, report.errorNoun ?? 'errors'))
  parts.push(count(summary.warnings, 'warnings'))
  parts.push(`${summary.seconds.toFixed(2)} s`)
  return parts.join(', ')
}

/** `1 page`, `2 pages`: labels are given in the plural. */
function count(n: number, pluralLabel: string): string {
  return `${n} ${n === 1 ? pluralLabel.replace(/s$/, '') : pluralLabel}`
}

function renderHuman(report: Report, color: boolean): string {
  const lines = report.findings.map((f) => formatFindingLine(f, color))
  if (lines.length > 0) lines.push('')
  lines.push(formatSummaryLine(report))
  return lines.join('\n') + '\n'
}

function renderJson(report: Report): string {
  const doc = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: report.tool,
    exitCode: report.exitCode,
    summary: report.summary,
    findings: report.findings,
  }
  return JSON.stringify(doc, null, 2) + '\n'
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions — values need escaping.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::error file=docs/a.md,line=3,col=5,title=404::https://… (text) — message` */
export function formatGithubAnnotation(f: Finding): string {
  const props = [`file=${escapeProperty(f.file)}`]
  if (f.line > 0) props.push(`line=${f.line}`)
  if (f.line > 0 && f.col > 0) props.push(`col=${f.col}`)
  props.push(`title=${escapeProperty(f.code)}`)
  let body = f.url
  if (f.text) body += ` (${f.text})`
  if (f.message) body += ` — ${f.message}`
  if (f.note) body += ` [${f.note}]`
  return `::${f.severity} ${props.join(',')}::${escapeData(body)}`
}

function renderGithub(report: Report): string {
  const lines = report.findings.map(formatGithubAnnotation)
  lines.push(formatSummaryLine(report))
  return lines.join('\n') + '\n'
}
