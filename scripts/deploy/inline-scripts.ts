// Moves the inline <script>s VitePress writes into each page into hashed files, so the CSP can say `script-src 'self'`.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Parser } from 'htmlparser2'

/** An inline script found in a page: where its element starts and ends, its opening tag and its code. */
interface InlineScript {
  start: number
  end: number
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
        const closeStart = parser.startIndex
        found.push({
          start,
          end: parser.endIndex + 1,
          openTag: html.slice(start, openTagEnd),
          code: html.slice(openTagEnd, closeStart),
        })
      },
    },
    { decodeEntities: false },
  )
  parser.end(html)
  return found
}

export interface ExternalizeOptions {
  outDir: string
  /** VitePress `base`, with slashes on both ends. */
  base: string
  /** VitePress `assetsDir` (`assets`), served with the immutable cache. */
  assetsDir: string
}

/**
 * Replaces every inline script of `html` with `<script … src>` pointing at a file named by the hash of
 * its code. VitePress's client never re-inserts these scripts on navigation (site data ships with an
 * empty `head`), so moving them out of the HTML is enough. Classic scripts stay parser-blocking, so the
 * dark-mode check still runs before the first paint.
 */
export function externalizeInlineScripts(html: string, options: ExternalizeOptions): string {
  const scripts = findInlineScripts(html)
  let out = html
  for (const script of scripts.reverse()) {
    const code = script.code.trim()
    const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10)
    const fileName = `inline-script.${hash}.js`
    const dir = join(options.outDir, options.assetsDir)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, fileName), code + '\n')
    const src = `${options.base}${options.assetsDir}/${fileName}`
    const openTag = script.openTag.replace(/>$/, ` src="${src}">`)
    out = out.slice(0, script.start) + openTag + '</script>' + out.slice(script.end)
  }
  return out
}

/** Fails the build if any built page still carries an inline script the CSP would block. */
export function assertNoInlineScripts(outDir: string): void {
  const offenders: string[] = []
  for (const file of htmlFiles(outDir)) {
    const scripts = findInlineScripts(readFileSync(file, 'utf8'))
    if (scripts.length > 0) offenders.push(`${file}: ${scripts[0]!.openTag}${scripts[0]!.code.slice(0, 60)}…`)
  }
  if (offenders.length > 0) {
    throw new Error(
      `Inline scripts survived the build and would be blocked by the CSP (script-src 'self'):\n  ${offenders.join('\n  ')}\n` +
        'Check that shared.ts still calls externalizeInlineScripts from transformHtml.',
    )
  }
}

export function htmlFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) out.push(...htmlFiles(full))
    else if (name.endsWith('.html')) out.push(full)
  }
  return out
}
