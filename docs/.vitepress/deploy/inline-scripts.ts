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

/** The `<tag>` elements of `html` with their text inline (no `src`) that the browser runs or applies. */
function findInline(html: string, tag: InlineTag): InlineScript[] {
  const found: InlineScript[] = []
  let open: { start: number; openTagEnd: number; attribs: Record<string, string> } | undefined
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === tag) open = { start: parser.startIndex, openTagEnd: parser.endIndex + 1, attribs }
      },
      onclosetag(name) {
        if (name !== tag || !open) return
        const { start, openTagEnd, attribs } = open
        open = undefined
        if (attribs.src !== undefined || !APPLIES[tag](attribs.type)) return
        found.push({ openTag: html.slice(start, openTagEnd), code: html.slice(openTagEnd, parser.startIndex) })
      },
    },
    { decodeEntities: false },
  )
  parser.end(html)
  return found
}

export function findInlineScripts(html: string): InlineScript[] {
  return findInline(html, 'script')
}

export function findInlineStyles(html: string): InlineScript[] {
  return findInline(html, 'style')
}

interface Offender {
  file: string
  script: InlineScript
}

/** Every inline `<tag>` under `outDir` (pages, 404, redirect stubs) whose hash is not among `allowed` (`'sha256-…'`). */
function disallowedInline(outDir: string, tag: InlineTag, allowed: readonly string[]): Offender[] {
  return listFilePaths(outDir, '**/*.html', { dot: true }).flatMap((file) =>
    findInline(readFileSync(file, 'utf8'), tag)
      .filter((script) => !allowed.includes(hashSource(script.code)))
      .map((script) => ({ file: relative(outDir, file), script })),
  )
}

/** Which file, which element, and its hash; every page carries the same head elements, so the first few name the problem. */
function offenderLines(offenders: readonly Offender[]): string {
  const lines = offenders.slice(0, 10).map(({ file, script }) => `${file}: ${script.openTag}${script.code.slice(0, 60)}… (${hashSource(script.code)})`)
  if (offenders.length > 10) lines.push(`… and ${offenders.length - 10} more`)
  return lines.join('\n  ')
}

/** Fails the build if any HTML file under `outDir` (pages, 404, redirect stubs) has a script the CSP would block. */
export function assertInlineScriptsAllowed(outDir: string, allowed: readonly string[]): void {
  const offenders = disallowedInline(outDir, 'script', allowed)
  if (offenders.length === 0) return
  throw new Error(
    `Inline scripts the CSP would block (script-src allows 'self' and the hashes of INLINE_HEAD_SCRIPTS):\n  ${offenderLines(offenders)}\n` +
      'If VitePress changed its head scripts, copy the new text into INLINE_HEAD_SCRIPTS in docs/.vitepress/deploy/headers.ts ' +
      'and run `npm run vercel:json`; a page of ours must load its code from a file instead.',
  )
}

/**
 * Fails the build if any HTML file under `outDir` has a `<style>` element the CSP would block: style-src-elem admits
 * stylesheets from the site only (headers.ts), so a `<style>` in a page would be dropped in readers' browsers.
 */
export function assertInlineStylesAllowed(outDir: string, allowed: readonly string[]): void {
  const offenders = disallowedInline(outDir, 'style', allowed)
  if (offenders.length === 0) return
  throw new Error(
    `Inline styles the CSP would block (style-src-elem allows ${allowed.join(' ')}):\n  ${offenderLines(offenders)}\n` +
      'Put the CSS in docs/.vitepress/theme/styles/ (a .vue component may keep its <style> block: the build moves it into the site CSS).',
  )
}
