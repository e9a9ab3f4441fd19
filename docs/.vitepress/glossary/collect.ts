// Reads the glossary out of docs/glossary/*.md (term pages and the jargon table) and checks it.
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import matter from 'gray-matter'
import { listFilePaths } from '../folder-walk.ts'
import { frontmatterLine } from '../frontmatter-lines.ts'
import { displayPath } from '../pages.ts'
import { pagePath } from '../page-url.ts'
import { readText, toLf } from '../text.ts'
import { JARGON_PAGE, jargonAnchor, jargonLink, jargonNames } from './anchors.ts'
import { nameKey } from './names.ts'

/** One thing a reader can look up: a term page, or one row of the jargon table. */
export interface GlossaryEntry {
  /** Stable key: the page slug (`clip`), or `jargon#<anchor>` for a jargon row. */
  id: string
  kind: 'page' | 'jargon-row'
  /** What the entry is called where it is defined: the page's `term`, or the row's first cell. */
  term: string
  /** Every name that refers to the entry: the term and its aliases, or the row's names. */
  names: string[]
  /** One sentence, shown in tooltips and on the glossary index. */
  summary: string
  /** Where a reader reads it: `/glossary/clip`, `/glossary/jargon#ti`. */
  link: string
  /** The page that defines it, relative to docs/ (`glossary/clip.md`). */
  page: string
}

export interface GlossaryProblem {
  file: string
  line: number
  message: string
}

/** Thrown when the glossary's frontmatter or table is broken; the message lists every problem. */
export class GlossaryError extends Error {
  constructor(readonly problems: GlossaryProblem[]) {
    super(
      'The glossary needs fixing:\n' +
        problems.map((p) => `  ${p.file}:${p.line}: ${p.message}`).join('\n'),
    )
    this.name = 'GlossaryError'
  }
}

/** docs/, found from this file so config, loaders and tests agree wherever they run from. */
export const DOCS_DIR = fileURLToPath(new URL('../../', import.meta.url))
export const GLOSSARY_DIR = join(DOCS_DIR, 'glossary')

/** The Markdown files that define glossary entries: every page of docs/glossary/ but its index. */
export function glossaryFiles(dir = GLOSSARY_DIR): string[] {
  return listFilePaths(dir, '*.md', { ignore: ['index.md', 'README.md'] })
}

/** Reads and checks the glossary; throws a GlossaryError naming file:line of every problem. */
export function collectGlossary(files: string[] = glossaryFiles()): GlossaryEntry[] {
  const problems: GlossaryProblem[] = []
  const entries: GlossaryEntry[] = []
  // Where each name was first defined, to report a duplicate with both places.
  const owners = new Map<string, { entry: GlossaryEntry; file: string; line: number }>()

  const claim = (entry: GlossaryEntry, name: string, file: string, line: number) => {
    const key = nameKey(name)
    const owner = owners.get(key)
    if (owner && owner.entry !== entry) {
      problems.push({
        file,
        line,
        message:
          `"${name}" already names "${owner.entry.term}" (${owner.file}:${owner.line}); ` +
          'a name may belong to one entry only — remove it here or there',
      })
    } else if (!owner) {
      owners.set(key, { entry, file, line })
    }
  }

  for (const path of files) {
    const file = displayPath(path)
    const raw = readText(path)
    const { data, content } = matter(raw)
    const lineOf = (key: string) => frontmatterLine(raw, key)
    const term = typeof data.term === 'string' ? data.term.trim() : ''
    const summary = typeof data.summary === 'string' ? data.summary.trim() : ''
    if (!term) {
      problems.push({ file, line: lineOf('term'), message: 'frontmatter has no `term:`; add the name readers know it by' })
    }
    if (!summary) {
      problems.push({ file, line: lineOf('summary'), message: 'frontmatter has no `summary:`; add one sentence saying what it is' })
    } else {
      const why = notOneSentence(summary)
      if (why) problems.push({ file, line: lineOf('summary'), message: `summary must be one sentence: ${why}` })
    }
    const aliases = readAliases(data.aliases)
    if (aliases === undefined) {
      problems.push({ file, line: lineOf('aliases'), message: '`aliases:` must be a list of names, like `aliases: [loss, loss function]`' })
    }
    if (!term || !summary) continue

    const relativePage = `glossary/${basename(path)}`
    const slug = basename(path, '.md')
    const entry: GlossaryEntry = {
      id: slug,
      kind: 'page',
      term,
      names: unique([term, ...(aliases ?? [])]),
      summary,
      link: pagePath(relativePage),
      page: relativePage,
    }
    entries.push(entry)
    claim(entry, term, file, lineOf('term'))
    for (const alias of aliases ?? []) claim(entry, alias, file, lineOf('aliases'))

    if (relativePage === JARGON_PAGE) {
      const bodyStart = raw.split('\n').length - content.split('\n').length
      for (const row of jargonRows(content)) {
        const line = bodyStart + row.line
        if (row.names.length === 0 || !row.summary) {
          problems.push({ file, line, message: 'a jargon row needs names in its first cell and an explanation in its second' })
          continue
        }
        let anchor: string
        try {
          anchor = jargonAnchor(row.names[0]!)
        } catch (error) {
          problems.push({ file, line, message: (error as Error).message })
          continue
        }
        const rowEntry: GlossaryEntry = {
          id: `jargon#${anchor}`,
          kind: 'jargon-row',
          term: row.names.join('/'),
          names: row.names,
          summary: row.summary,
          link: jargonLink(row.names[0]!),
          page: relativePage,
        }
        entries.push(rowEntry)
        for (const name of row.names) claim(rowEntry, name, file, line)
      }
    }
  }

  if (problems.length > 0) throw new GlossaryError(problems)
  return sortEntries(entries)
}

/** The jargon table's body rows: names from the first cell, the explanation from the second. */
export function jargonRows(markdown: string): { names: string[]; summary: string; line: number }[] {
  const lines = toLf(markdown).split('\n')
  const rows: { names: string[]; summary: string; line: number }[] = []
  let inTable = false
  let seenDelimiter = false
  lines.forEach((text, index) => {
    if (!/^\s*\|/.test(text)) {
      inTable = false
      seenDelimiter = false
      return
    }
    if (!inTable) {
      inTable = true // the header row
      return
    }
    if (!seenDelimiter) {
      seenDelimiter = true
      return
    }
    const cells = tableCells(text)
    rows.push({ names: jargonNames(cells[0] ?? ''), summary: (cells[1] ?? '').trim(), line: index + 1 })
  })
  return rows
}

/** Cells of one Markdown table row; `\|` stays inside its cell. */
function tableCells(row: string): string[] {
  const cells = row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
  return cells.map((cell) => cell.replace(/\\\|/g, '|').trim())
}

function readAliases(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) return undefined
  const names = value.map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : ''))
  return names.every(Boolean) ? names : undefined
}

/** Why a summary is not one sentence, or undefined when it is. */
function notOneSentence(summary: string): string | undefined {
  if (/\n/.test(summary)) return 'it spans several lines'
  const stops = summary.replace(/[。！？!?]+$/, '').match(/[。！？]|[.!?](?=\s|$)/g)
  if (stops) return `it has ${stops.length + 1} sentences; keep the first and move the rest into the page`
  return undefined
}


function unique(names: string[]): string[] {
  const seen = new Set<string>()
  return names.filter((name) => {
    const key = nameKey(name)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

// The jargon table first (it is where newcomers start), then term pages in dictionary order
// (Latin before Chinese, Chinese by pinyin), then the jargon rows in table order.
const collator = new Intl.Collator('zh-CN-u-co-pinyin')
function sortEntries(entries: GlossaryEntry[]): GlossaryEntry[] {
  const rank = (e: GlossaryEntry) => (e.kind === 'jargon-row' ? 2 : e.page === JARGON_PAGE ? 0 : 1)
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        rank(a.entry) - rank(b.entry) ||
        (rank(a.entry) === 1 ? collator.compare(a.entry.term, b.entry.term) : a.index - b.index),
    )
    .map(({ entry }) => entry)
}
