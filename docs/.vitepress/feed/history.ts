// Which commits changed a page meaningfully: one `git log -p` pass over the Markdown sources.
//
// The rule (documented in CONTRIBUTING.md, "最近更新"): a commit counts for a page when it
//   - creates the page, or
//   - moves its `reviewed:` date later (the page was checked again; dating a page for the first time is not a review), or
//   - changes at least MIN_CHANGED_CHARS characters of it (not counting the reviewed/appliesTo/reviewEvery lines).
// Characters are counted per hunk of a zero-context diff, after trimming what the old and new text of
// the hunk share at the start and the end: fixing one character inside a 300-character Chinese
// paragraph (one line) counts 2, not 600, so typo fixes never reach the feed.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** A typo fix is a few characters; a new sentence in Chinese is some 20–40. */
export const MIN_CHANGED_CHARS = 50

/** Front-matter lines about the review itself: they say when the facts were checked, not what they are. */
const REVIEW_KEYS = /^(?:reviewed|appliesTo|reviewEvery)\s*:/

export interface PageChange {
  created: boolean
  reviewedChanged: boolean
  changedChars: number
}

export interface Commit {
  hash: string
  /** Author date, ms. */
  time: number
  /** By path relative to the source folder. */
  changes: Map<string, PageChange>
}

export function isMeaningful(change: PageChange): boolean {
  return change.created || change.reviewedChanged || change.changedChars >= MIN_CHANGED_CHARS
}

/** Commits newest first, with what each did to every Markdown file under `srcDir` (dot folders left out). */
export function readHistory(srcDir: string): { commits: Commit[]; shallow: boolean } {
  const git = (args: string[]) =>
    execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: srcDir, encoding: 'utf8', maxBuffer: 1024 * 2 ** 20, stdio: ['ignore', 'pipe', 'pipe'] })
  const shallow = git(['rev-parse', '--is-shallow-repository']).trim() === 'true'
  const log = git(['log', '-p', '--unified=0', '--no-renames', '--relative', '--no-color', '--no-ext-diff', '--format=%x00%H %at', '--', '*.md', ':!.*'])
  let commits = parseHistory(log)
  if (shallow) {
    // The oldest fetched commits are grafts (listed in .git/shallow): their diff against nothing would
    // "create" every page on one day, so they say nothing about when pages changed.
    const shallowFile = resolve(srcDir, git(['rev-parse', '--git-path', 'shallow']).trim())
    const boundary = new Set(existsSync(shallowFile) ? readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean) : [])
    commits = commits.filter((c) => !boundary.has(c.hash))
  }
  return { commits, shallow }
}

/** Parses `git log -p --unified=0 --format=%x00%H %at` output. */
export function parseHistory(log: string): Commit[] {
  const commits: Commit[] = []
  for (const block of log.split('\u0000').slice(1)) {
    const lines = block.split('\n')
    const [hash, seconds] = lines[0]!.split(' ')
    const commit: Commit = { hash: hash!, time: Number(seconds) * 1000, changes: new Map() }
    let change: PageChange | undefined
    let created = false
    let removed: string[] = []
    let added: string[] = []
    const endHunk = () => {
      if (change && (removed.length > 0 || added.length > 0)) {
        const content = (lines: string[]) => lines.filter((l) => !REVIEW_KEYS.test(l)).join('\n')
        change.changedChars += changedChars(content(removed), content(added))
        if (reviewMoved(removed, added)) change.reviewedChanged = true
      }
      removed = []
      added = []
    }
    // Between `diff --git` and the first `@@` come the file's headers; after it, only hunk lines.
    let inHeader = false
    for (const line of lines.slice(1)) {
      if (line.startsWith('diff --git ')) {
        endHunk()
        change = undefined
        created = false
        inHeader = true
      } else if (inHeader) {
        if (line.startsWith('new file mode')) created = true
        else if (line.startsWith('+++ ') && line !== '+++ /dev/null') {
          // A deletion (+++ /dev/null) leaves no page to list.
          change = { created, reviewedChanged: false, changedChars: 0 }
          commit.changes.set(line.slice(4).replace(/^b\//, '').replace(/\t$/, ''), change)
        } else if (line.startsWith('@@')) inHeader = false
      } else if (line.startsWith('@@')) {
        endHunk()
      } else if (line.startsWith('-')) {
        removed.push(line.slice(1))
      } else if (line.startsWith('+')) {
        added.push(line.slice(1))
      }
    }
    endHunk()
    commits.push(commit)
  }
  return commits
}

/** How many characters differ between two texts, ignoring what they share at the start and the end. */
export function changedChars(before: string, after: string): number {
  const a = [...before]
  const b = [...after]
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  return a.length - start - end + (b.length - start - end)
}

/** The hunk replaces a `reviewed:` value with a later one (`2022-10` → `2024-03`). */
function reviewMoved(removed: readonly string[], added: readonly string[]): boolean {
  const value = (lines: readonly string[]) => lines.map((l) => /^reviewed\s*:\s*['"]?([\d-]+)/.exec(l)?.[1]).find(Boolean)
  const before = value(removed)
  const after = value(added)
  // Both forms (YYYY-MM, YYYY-MM-DD) order correctly as text once a missing day reads as the month's start.
  return before !== undefined && after !== undefined && after.padEnd(10, '-00') > before.padEnd(10, '-00')
}
