// Moves remote images home: download, convert (sharp), store under a content-hashed name, rewrite the Markdown reference.
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import sharp from 'sharp'
import { ignoreRuleFor, type CheckerConfig } from './checker-config.ts'
import type { Finding } from './finding.ts'
import { DEFAULT_USER_AGENT, send } from './http-client.ts'
import { retrying } from './http-retry.ts'
import { imageTarget } from './image-check.ts'
import { findSourceImages, type ImageRef } from './markdown-images.ts'
import { RequestLimiter } from './request-limiter.ts'
import { displayPath } from '../../docs/.vitepress/pages.ts'

export interface LocalizeOptions {
  srcDir: string
  /** Served at the site root; images go to `<publicDir>/images/<host>/`. Default `<srcDir>/public`. */
  publicDir?: string
  /** Download, convert and report, but write nothing. */
  dryRun: boolean
  config: CheckerConfig
  concurrency: number
  perHost: number
  timeoutMs: number
  retries: number
  backoffBaseMs?: number
  /** Wider images are scaled down to this many pixels (twice the content column). */
  maxWidth?: number
  /** Files above this many bytes after conversion are re-encoded as WebP. */
  budgetBytes: number
  /** Downloads larger than this are refused. */
  maxDownloadBytes?: number
  onProgress?: (message: string) => void
}

export interface LocalizedImage {
  url: string
  /** Where the image is served from now, e.g. `/images/example.com/logo.3f2a9c01d4.png`. */
  sitePath: string
  /** The file written (or that would be), absolute. */
  file: string
  status: 'downloaded' | 'reused'
  bytesIn: number
  bytesOut: number
  formatIn: string
  formatOut: string
  width: number
  height: number
  refs: ImageRef[]
}

export interface LocalizeResult {
  images: LocalizedImage[]
  /** Downloads, conversions and rewrites that failed, at the reference they concern. */
  failures: Finding[]
  /** Markdown files rewritten (or that would be). */
  rewrittenFiles: string[]
  /** Remote references found, ignored ones excluded. */
  remoteRefs: number
}

const DEFAULT_MAX_WIDTH = 1600
const DEFAULT_MAX_DOWNLOAD = 25 * 1024 * 1024

class LocalizeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export async function localizeImages(options: LocalizeOptions): Promise<LocalizeResult> {
  const srcDir = resolve(options.srcDir)
  const publicDir = resolve(options.publicDir ?? join(srcDir, 'public'))
  const { images } = await findSourceImages(srcDir)

  const byUrl = new Map<string, ImageRef[]>()
  for (const ref of images) {
    if (ignoreRuleFor(options.config, ref.url) || ignoreRuleFor(options.config, ref.written)) continue
    const target = imageTarget(ref.url, ref.file, srcDir, publicDir)
    if (target.type !== 'remote') continue
    const key = target.url.href
    byUrl.set(key, [...(byUrl.get(key) ?? []), ref])
  }

  const limiter = new RequestLimiter({ concurrency: options.concurrency, perHost: options.perHost })
  const failures: Finding[] = []
  const localized: LocalizedImage[] = []
  const fail = (refs: ImageRef[], code: string, message: string) => {
    for (const ref of refs) {
      failures.push({ file: displayPath(ref.file), line: ref.line, col: ref.col, severity: 'error', code, message, url: ref.written })
    }
  }

  let done = 0
  await Promise.all(
    [...byUrl].map(async ([url, refs]) => {
      try {
        const download = await downloadImage(url, limiter, options)
        const converted = await convertImage(download.body, options)
        const sitePath = `/images/${folderForHost(new URL(url))}/${fileNameFor(url, converted)}`
        const file = join(publicDir, ...sitePath.split('/').filter(Boolean))
        if (!file.startsWith(publicDir + sep)) throw new LocalizeError('bad-name', `refusing to write outside ${publicDir}`)
        const status = await storeOnce(file, converted.data, options.dryRun)
        localized.push({
          url,
          sitePath,
          file,
          status,
          bytesIn: download.body.length,
          bytesOut: converted.data.length,
          formatIn: converted.formatIn,
          formatOut: converted.ext,
          width: converted.width,
          height: converted.height,
          refs,
        })
      } catch (error) {
        const e = error instanceof LocalizeError ? error : new LocalizeError('error', (error as Error).message)
        fail(refs, e.code, e.message)
      }
      options.onProgress?.(`images:localize ${++done}/${byUrl.size}`)
    }),
  )

  const rewrittenFiles = await rewriteReferences(localized, options.dryRun, fail)
  localized.sort((a, b) => a.url.localeCompare(b.url))
  return { images: localized, failures, rewrittenFiles, remoteRefs: [...byUrl.values()].reduce((n, refs) => n + refs.length, 0) }
}

/** GET through the checkers' HTTP layer: per-host limits, retries on 429/5xx and network errors, a timeout and a size cap. */
async function downloadImage(url: string, limiter: RequestLimiter, options: LocalizeOptions): Promise<{ body: Buffer; contentType: string }> {
  const maxBytes = options.maxDownloadBytes ?? DEFAULT_MAX_DOWNLOAD
  const typeOf = (headers: Headers) => (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const declaredSize = (headers: Headers) => Number(headers.get('content-length') ?? 0)
  const request = {
    method: 'GET' as const,
    headers: { 'user-agent': options.config.userAgent ?? DEFAULT_USER_AGENT, accept: 'image/*,*/*;q=0.5' },
    redirect: 'follow' as const,
    timeoutMs: options.timeoutMs,
    // One byte over the cap tells a body that is too large from one that just fits.
    bodyBytes: (status: number, headers: Headers) =>
      status >= 200 && status <= 299 && typeOf(headers).startsWith('image/') && declaredSize(headers) <= maxBytes ? maxBytes + 1 : 0,
  }
  const outcome = await retrying(() => send(url, request, limiter), {
    retries: options.retries,
    backoffBaseMs: options.backoffBaseMs ?? 500,
    maxWaitMs: options.timeoutMs,
  })
  if (outcome.type === 'network') {
    throw outcome.timedOut
      ? new LocalizeError('timeout', `no answer within ${options.timeoutMs} ms`)
      : new LocalizeError('network-error', outcome.message)
  }
  if (outcome.status < 200 || outcome.status > 299) throw new LocalizeError(String(outcome.status), `HTTP ${outcome.status}: the image does not load`)
  const contentType = typeOf(outcome.headers)
  if (!contentType.startsWith('image/')) {
    throw new LocalizeError('not-image', `the address answers with ${contentType || 'no content type'}, not an image: link the image file itself`)
  }
  const declared = declaredSize(outcome.headers)
  if (declared > maxBytes) throw new LocalizeError('too-large', `${declared} bytes is more than the ${maxBytes}-byte download limit`)
  const body = outcome.body ?? new Uint8Array()
  if (body.length > maxBytes) throw new LocalizeError('too-large', `more than the ${maxBytes}-byte download limit`)
  if (outcome.bodyEnd === 'timeout') throw new LocalizeError('timeout', `no answer within ${options.timeoutMs} ms`)
  if (outcome.bodyEnd === 'error') throw new LocalizeError('network-error', `the download broke off after ${body.length} bytes`)
  return { body: Buffer.from(body.buffer, body.byteOffset, body.length), contentType }
}

interface Converted {
  data: Buffer
  ext: string
  formatIn: string
  width: number
  height: number
}

/**
 * A sensible file for the web: at most `maxWidth` wide, EXIF orientation applied, re-encoded in its
 * own family (PNG lossless, JPEG with mozjpeg); WebP when a PNG is still over the budget. SVG and
 * animated GIF are kept as they are. The original bytes win when re-encoding would not shrink them.
 */
export async function convertImage(input: Buffer, options: Pick<LocalizeOptions, 'maxWidth' | 'budgetBytes'>): Promise<Converted> {
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>
  try {
    meta = await sharp(input).metadata()
  } catch {
    throw new LocalizeError('not-image', 'the download is not an image sharp can read')
  }
  const formatIn = meta.format ?? 'unknown'
  const width = meta.width ?? 0
  const height = meta.height ?? 0
  if (formatIn === 'svg') return { data: input, ext: 'svg', formatIn, width, height }
  if (formatIn === 'gif' && (meta.pages ?? 1) > 1) return { data: input, ext: 'gif', formatIn, width, height }

  const maxWidth = options.maxWidth ?? DEFAULT_MAX_WIDTH
  const resize = width > maxWidth
  const pipeline = () => {
    let image = sharp(input).rotate()
    if (resize) image = image.resize({ width: maxWidth, withoutEnlargement: true })
    return image
  }
  let out: { data: Buffer; info: { width: number; height: number } }
  let ext: string
  if (formatIn === 'jpeg') {
    out = await pipeline().jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true })
    ext = 'jpg'
  } else if (formatIn === 'png' || formatIn === 'gif') {
    out = await pipeline().png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer({ resolveWithObject: true })
    ext = 'png'
    if (out.data.length > options.budgetBytes) {
      out = await pipeline().webp({ quality: 85, alphaQuality: 100 }).toBuffer({ resolveWithObject: true })
      ext = 'webp'
    }
  } else {
    out = await pipeline().webp({ quality: 82 }).toBuffer({ resolveWithObject: true })
    ext = 'webp'
  }
  const sameFamily = (formatIn === 'jpeg' && ext === 'jpg') || formatIn === ext
  if (!resize && sameFamily && out.data.length >= input.length) {
    return { data: input, ext, formatIn, width, height }
  }
  return { data: out.data, ext, formatIn, width: out.info.width, height: out.info.height }
}

/** `user-images.githubusercontent.com`, or `127.0.0.1_4810` when a port is given. */
export function folderForHost(url: URL): string {
  return url.host.toLowerCase().replace(/:/g, '_').replace(/[^a-z0-9._-]/g, '-')
}

/** `<readable stem>.<10 hex of the SHA-256 of the bytes>.<ext>`: a new version never takes an old name. */
export function fileNameFor(url: string, converted: Pick<Converted, 'data' | 'ext'>): string {
  const last = decodeSafe(new URL(url).pathname.split('/').pop() ?? '')
  const stem =
    last
      .replace(/\.[a-z0-9]{2,5}$/i, '')
      .toLowerCase()
      .replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'image'
  const hash = createHash('sha256').update(converted.data).digest('hex').slice(0, 10)
  return `${stem}.${hash}.${converted.ext}`
}

/** Writes `data` unless the same bytes are already there; never replaces a different file. */
async function storeOnce(file: string, data: Buffer, dryRun: boolean): Promise<'downloaded' | 'reused'> {
  let existing: Buffer | undefined
  try {
    existing = await readFile(file)
  } catch {
    existing = undefined
  }
  if (existing) {
    if (existing.equals(data)) return 'reused'
    throw new LocalizeError(
      'name-taken',
      `${displayPath(file)} already exists with different content; not overwritten — move it away or rename it, then run again`,
    )
  }
  if (dryRun) return 'downloaded'
  await mkdir(dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  await writeFile(tmp, data)
  await rename(tmp, file)
  return 'downloaded'
}

/**
 * Replaces each reference's URL, exactly where it is written, by the local path: alt text, titles,
 * attributes and the rest of the line stay as they were. Edits are applied from the end of a file
 * backwards so earlier columns stay right.
 */
async function rewriteReferences(
  images: LocalizedImage[],
  dryRun: boolean,
  fail: (refs: ImageRef[], code: string, message: string) => void,
): Promise<string[]> {
  const edits = new Map<string, { ref: ImageRef; to: string }[]>()
  for (const image of images) {
    for (const ref of image.refs) edits.set(ref.file, [...(edits.get(ref.file) ?? []), { ref, to: image.sitePath }])
  }
  const rewritten: string[] = []
  for (const [file, list] of edits) {
    const text = await readFile(file, 'utf8')
    const newline = text.includes('\r\n') ? '\r\n' : '\n'
    const lines = text.split(/\r?\n/)
    const seen = new Set<string>()
    let changed = false
    list.sort((a, b) => b.ref.line - a.ref.line || b.ref.col - a.ref.col)
    for (const { ref, to } of list) {
      const key = `${ref.line}:${ref.col}`
      if (seen.has(key)) continue // several uses of one reference definition
      seen.add(key)
      const line = lines[ref.line - 1]
      const at = ref.col - 1
      if (line === undefined || line.slice(at, at + ref.written.length) !== ref.written) {
        fail([ref], 'not-rewritten', `the URL is not where it was found (file changed?); replace it by ${to} by hand`)
        continue
      }
      lines[ref.line - 1] = line.slice(0, at) + to + line.slice(at + ref.written.length)
      changed = true
    }
    if (!changed) continue
    rewritten.push(file)
    if (!dryRun) await writeFile(file, lines.join(newline))
  }
  return rewritten.sort()
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
