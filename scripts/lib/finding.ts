// The one shape every checker reports in: a problem (or a doubt) at a file:line:col.

export type Severity = 'error' | 'warning'

/** One problem found by a checker, placed where a contributor can fix it. */
export interface Finding {
  /** Path relative to the working directory: the Markdown source when known, else the built file. */
  file: string
  /** 1-based; 0 when the place inside the file is unknown. */
  line: number
  /** 1-based column (UTF-16 units, as editors and GitHub count them); 0 when unknown. */
  col: number
  severity: Severity
  /** Short and stable, for machines and grepping: `404`, `missing-anchor`, `timeout`, `redirect`. */
  code: string
  /** One sentence for humans. */
  message: string
  /** The URL as written on the page (what a reader would click). */
  url: string
  /** The linked text or image alt, when there is one. */
  text?: string
  /** Extra context: where the link really comes from, which other pages repeat it. */
  note?: string
}

/** Totals printed after the findings; checkers add their own counters to `counts`. */
export interface Summary {
  /** Counters in print order, e.g. `{ pages: 14, links: 420, 'unique URLs': 96 }`. */
  counts: Record<string, number>
  errors: number
  warnings: number
  seconds: number
}

/** Orders findings the way a reader walks the repository: by file, then line, then column. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      a.url.localeCompare(b.url) ||
      a.code.localeCompare(b.code),
  )
}

/** Drops findings that say the same thing at the same place (an included file seen from two pages). */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = [f.file, f.line, f.col, f.severity, f.code, f.url].join('\u0000')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0
  let warnings = 0
  for (const f of findings) {
    if (f.severity === 'error') errors++
    else warnings++
  }
  return { errors, warnings }
}
