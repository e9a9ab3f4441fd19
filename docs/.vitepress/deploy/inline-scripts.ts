// Checks that every inline <script> of a built page is one the CSP allows by hash (script-src in headers.ts).
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { Parser } from 'htmlparser2'
import { listFilePaths } from '../folder-walk.ts'
import { hashSource } from './headers.ts'

/** An inline script found in a page: its opening tag and its code, exactly as the page has it. */
export interface InlineScript {
  openTag: string
  code: string
}

/** Types a browser executes; others (`application/ld+json`, templates) are data and CSP ignores them. */
function isExecutable(type: string | undefined): boolean {
  if (type === undefined) return true
  const t = type.trim().toLowerCase()
  return t === '' || t === 'module' || t.includes('javascript') || t.includes('ecmascript')
}

export function findInlineScripts(html: string): InlineScript[] {
  const found: InlineScript[] = []
  let open: { start: number; openTagEnd: number; attribs: Record<string, string> } | undefined
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'script') open = { start: parser.startIndex, openTagEnd: parser.endIndex + 1, attribs }
      },
      onclosetag(name) {
        if (name !== 'script' || !open) return
        const { start, openTagEnd, attribs } = open
        open = undefined
        if (attribs.src !== undefined || !isExecutable(attribs.type)) return
        found.push({ openTag: html.slice(start, openTagEnd), code: html.slice(openTagEnd, parser.startIndex) })
      },
    },
    { decodeEntities: false },
  )
  parser.end(html)
  return found
}

/** The inline scripts of `html` whose hash is not among `allowed` (CSP sources such as `'sha256-…'`). */
function disallowedInlineScripts(html: string, allowed: readonly string[]): InlineScript[] {
  return findInlineScripts(html).filter((script) => !allowed.includes(hashSource(script.code)))
}

/** The build's error: which file, which script, and what to change. */
function inlineScriptError(offenders: { file: string; script: InlineScript }[]): Error {
  // Every page carries the same head scripts: the first few name the problem, the count says how far it goes.
  const lines = offenders.slice(0, 10).map(({ file, script }) => `${file}: ${script.openTag}${script.code.slice(0, 60)}… (${hashSource(script.code)})`)
  if (offenders.length > 10) lines.push(`… and ${offenders.length - 10} more`)
  return new Error(
    `Inline scripts the CSP would block (script-src allows 'self' and the hashes of INLINE_HEAD_SCRIPTS):\n  ${lines.join('\n  ')}\n` +
      'If VitePress changed its head scripts, copy the new text into INLINE_HEAD_SCRIPTS in docs/.vitepress/deploy/headers.ts ' +
      'and run `npm run vercel:json`; a page of ours must load its code from a file instead.',
  )
}

/** Fails the build if any HTML file under `outDir` (pages, 404, redirect stubs) has a script the CSP would block. */
export function assertInlineScriptsAllowed(outDir: string, allowed: readonly string[]): void {
  const offenders = listFilePaths(outDir, '**/*.html', { dot: true }).flatMap((file) =>
    disallowedInlineScripts(readFileSync(file, 'utf8'), allowed).map((script) => ({ file: relative(outDir, file), script })),
  )
  if (offenders.length > 0) throw inlineScriptError(offenders)
}
