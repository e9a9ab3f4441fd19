// Checks that every inline <script> and <style> of a built page is one the CSP allows by hash (script-src and
// style-src-elem in headers.ts).
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { Parser } from 'htmlparser2'
import { listFilePaths } from '../folder-walk.ts'
import { hashSource } from './headers.ts'

/** An inline script or style element found in a page: its opening tag and its text, exactly as the page has it. */
export interface InlineScript {
  openTag: string
  code: string
}

type InlineTag = 'script' | 'style'

/** Types a browser executes; others (`application/ld+json`, templates) are data and CSP ignores them. */
function isExecutable(type: string | undefined): boolean {
  if (type === undefined) return true
  const t = type.trim().toLowerCase()
  return t === '' || t === 'module' || t.includes('javascript') || t.includes('ecmascript')
}

/** Style types a browser applies: none given, or text/css. */
function isCss(type: string | undefined): boolean {
  return type === undefined || ['', 'text/css'].includes(type.trim().toLowerCase())
}

const APPLIES: Record<InlineTag, (type: string | undefined) => boolean> = { script: isExecutable, style: isCss }

/** The `<script>` and `<style>` elements of `html` with their text inline (no `src`) that the browser runs or applies. */
function findInline(html: string): Record<InlineTag, InlineScript[]> {
  const found: Record<InlineTag, InlineScript[]> = { script: [], style: [] }
  let open: { tag: InlineTag; start: number; openTagEnd: number; attribs: Record<string, string> } | undefined
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'script' || name === 'style') open = { tag: name, start: parser.startIndex, openTagEnd: parser.endIndex + 1, attribs }
      },
      onclosetag(name) {
        if (!open || name !== open.tag) return
        const { tag, start, openTagEnd, attribs } = open
        open = undefined
        if (attribs.src !== undefined || !APPLIES[tag](attribs.type)) return
        found[tag].push({ openTag: html.slice(start, openTagEnd), code: html.slice(openTagEnd, parser.startIndex) })
      },
    },
    { decodeEntities: false },
  )
  parser.end(html)
  return found
}

export function findInlineScripts(html: string): InlineScript[] {
  return findInline(html).script
}

export function findInlineStyles(html: string): InlineScript[] {
  return findInline(html).style
}

interface Offender {
  file: string
  script: InlineScript
}

/** Which file, which element, and its hash; every page carries the same head elements, so the first few name the problem. */
function offenderLines(offenders: readonly Offender[]): string {
  const lines = offenders.slice(0, 10).map(({ file, script }) => `${file}: ${script.openTag}${script.code.slice(0, 60)}… (${hashSource(script.code)})`)
  if (offenders.length > 10) lines.push(`… and ${offenders.length - 10} more`)
  return lines.join('\n  ')
}

const PROBLEM: Record<InlineTag, (allowed: readonly string[]) => string> = {
  script: () =>
    "Inline scripts the CSP would block (script-src allows 'self' and the hashes of INLINE_HEAD_SCRIPTS):\n  ",
  style: (allowed) => `Inline styles the CSP would block (style-src-elem allows ${allowed.join(' ')}):\n  `,
}

const WHAT_TO_DO: Record<InlineTag, string> = {
  script:
    'If VitePress changed its head scripts, copy the new text into INLINE_HEAD_SCRIPTS in docs/.vitepress/deploy/headers.ts ' +
    'and run `npm run vercel:json`; a page of ours must load its code from a file instead.',
  style: 'Put the CSS in docs/.vitepress/theme/styles/ (a .vue component may keep its <style> block: the build moves it into the site CSS).',
}

/**
 * Fails the build if any HTML file under `outDir` (pages, 404, redirect stubs) has an inline script or style whose
 * hash is not among the CSP sources given for its kind (`'sha256-…'`); a kind not given is not checked. One read of
 * each file for both.
 */
export function assertInlineAllowed(outDir: string, allowed: Partial<Record<InlineTag, readonly string[]>>): void {
  const offenders: Record<InlineTag, Offender[]> = { script: [], style: [] }
  const tags = (Object.keys(allowed) as InlineTag[]).filter((tag) => allowed[tag] !== undefined)
  for (const path of listFilePaths(outDir, '**/*.html', { dot: true })) {
    const found = findInline(readFileSync(path, 'utf8'))
    const file = relative(outDir, path)
    for (const tag of tags)
      for (const script of found[tag]) if (!allowed[tag]!.includes(hashSource(script.code))) offenders[tag].push({ file, script })
  }
  const problems = tags.filter((tag) => offenders[tag].length > 0)
  if (problems.length === 0) return
  throw new Error(problems.map((tag) => `${PROBLEM[tag](allowed[tag]!)}${offenderLines(offenders[tag])}\n${WHAT_TO_DO[tag]}`).join('\n'))
}

/** Fails the build if any HTML file under `outDir` (pages, 404, redirect stubs) has a script the CSP would block. */
export function assertInlineScriptsAllowed(outDir: string, allowed: readonly string[]): void {
  assertInlineAllowed(outDir, { script: allowed })
}

/**
 * Fails the build if any HTML file under `outDir` has a `<style>` element the CSP would block: style-src-elem admits
 * stylesheets from the site only (headers.ts), so a `<style>` in a page would be dropped in readers' browsers.
 */
export function assertInlineStylesAllowed(outDir: string, allowed: readonly string[]): void {
  assertInlineAllowed(outDir, { style: allowed })
}
