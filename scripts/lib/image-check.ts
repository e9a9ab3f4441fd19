// Checks every image of the Markdown sources against the image policy: host, https, alt text, local file, size, dimensions, and (--network) the remote answer.
import { readFile, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { imageSize } from 'image-size'
import { altTextProblem } from './alt-text.ts'
import { checkUrls } from './check-urls.ts'
import { ignoreRuleFor, type CheckerConfig } from './checker-config.ts'
import { dedupeFindings, sortFindings, type Finding, type Severity } from './finding.ts'
import type { UrlVerdict } from './http-check.ts'
import { hostRuleFor, type ImagePolicy } from './image-policy.ts'
import { findSourceImages, type ImageRef } from './markdown-images.ts'
import { UrlCache } from './url-cache.ts'
import { displayPath } from '../../docs/.vitepress/pages.ts'

export interface ImageCheckOptions {
  /** The VitePress source folder (`docs`). */
  srcDir: string
  /** Where `/x.png` is served from; defaults to `<srcDir>/public`. */
  publicDir?: string
  policy: ImagePolicy
  /** Ignore patterns, per-host HTTP settings, user agent. */
  config: CheckerConfig
  /** Also ask every remote image's host whether it answers with an image. */
  network: boolean
  concurrency: number
  perHost: number
  timeoutMs: number
  retries: number
  backoffBaseMs?: number
  cache?: UrlCache
  onProgress?: (message: string) => void
}

export interface ImageCheckCounts {
  pages: number
  images: number
  local: number
  remote: number
  inline: number
  ignored: number
  /** Bytes of the remote images whose size the hosts told (--network). */
  remoteBytes: number
}

export interface ImageCheckResult {
  findings: Finding[]
  counts: ImageCheckCounts
  refs: ImageRef[]
}

/** Where an image URL points. */
export type ImageTarget =
  | { type: 'inline' }
  | { type: 'remote'; url: URL; insecure: boolean }
  | { type: 'local'; candidates: string[] }
  | { type: 'invalid'; reason: string }

const LOCALIZE_HINT = 'move it into docs/public/images with `npm run images:localize`'

/**
 * Reads an image URL as VitePress does: remote (http, https, protocol-relative), `data:`, or a file —
 * `/x.png` from the public folder (or the source root), `./x.png` next to the Markdown file.
 */
export function imageTarget(url: string, markdownFile: string, srcDir: string, publicDir: string): ImageTarget {
  const trimmed = url.trim()
  if (/^data:/i.test(trimmed)) return { type: 'inline' }
  if (/^(?:https?:)?\/\//i.test(trimmed)) {
    try {
      const parsed = new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed)
      return { type: 'remote', url: parsed, insecure: parsed.protocol === 'http:' }
    } catch {
      return { type: 'invalid', reason: 'not a valid URL' }
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return { type: 'invalid', reason: `a ${trimmed.split(':')[0]}: URL is not an image address` }
  if (trimmed === '') return { type: 'invalid', reason: 'the image has no address' }
  let path = trimmed.split(/[?#]/)[0]!
  try {
    path = decodeURI(path)
  } catch {
    // Kept as written: a stray % is the author's, and the file lookup will say it is missing.
  }
  if (path.startsWith('/')) return { type: 'local', candidates: [join(publicDir, path), join(srcDir, path)] }
  return { type: 'local', candidates: [resolve(dirname(markdownFile), path)] }
}

interface LocalFile {
  path: string | undefined
  bytes: number
  width?: number
  height?: number
  /** Why the dimensions could not be read. */
  unreadable?: string
}

export async function inspectLocalImage(candidates: readonly string[]): Promise<LocalFile> {
  for (const path of candidates) {
    let size: number
    try {
      const info = await stat(path)
      if (!info.isFile()) continue
      size = info.size
    } catch {
      continue
    }
    try {
      const { width, height } = imageSize(await readFile(path))
      if (!(width > 0 && height > 0)) return { path, bytes: size, unreadable: 'the file declares no width and height' }
      return { path, bytes: size, width, height }
    } catch (error) {
      return { path, bytes: size, unreadable: (error as Error).message }
    }
  }
  return { path: undefined, bytes: 0 }
}

export async function checkImages(options: ImageCheckOptions): Promise<ImageCheckResult> {
  const srcDir = resolve(options.srcDir)
  const publicDir = resolve(options.publicDir ?? join(srcDir, 'public'))
  const { policy, config } = options
  const { files, images } = await findSourceImages(srcDir)
  const counts: ImageCheckCounts = { pages: files.length, images: 0, local: 0, remote: 0, inline: 0, ignored: 0, remoteBytes: 0 }
  const findings: Finding[] = []
  const localFiles = new Map<string, Promise<LocalFile>>()
  const remote = new Map<string, ImageRef[]>()

  const report = (ref: ImageRef, severity: Severity, code: string, message: string, note?: string) => {
    const finding: Finding = { file: displayPath(ref.file), line: ref.line, col: ref.col, severity, code, message, url: ref.written }
    if (ref.alt) finding.text = ref.alt
    if (note) finding.note = note
    findings.push(finding)
  }

  for (const ref of images) {
    if (ignoreRuleFor(config, ref.url) || ignoreRuleFor(config, ref.written)) {
      counts.ignored++
      continue
    }
    counts.images++
    if (ref.alt !== undefined) {
      const problem = altTextProblem(ref.alt, ref.written)
      if (problem) report(ref, 'error', problem.code, problem.message)
    }
    const target = imageTarget(ref.url, ref.file, srcDir, publicDir)
    switch (target.type) {
      case 'inline':
        counts.inline++
        break
      case 'invalid':
        report(ref, 'error', 'bad-url', `${target.reason}: write a path under docs/public or an https:// URL`)
        break
      case 'remote': {
        counts.remote++
        const key = target.url.href
        remote.set(key, [...(remote.get(key) ?? []), ref])
        if (target.insecure && !isLoopback(target.url)) {
          report(ref, 'error', 'insecure-url', `http:// image on an https page is mixed content that browsers block: use https:// or ${LOCALIZE_HINT}`)
        }
        const rule = hostRuleFor(policy, target.url)
        if (!rule) {
          report(
            ref,
            'error',
            'unknown-host',
            `${target.url.host} is not classified for mainland China: add it to "imageHosts" in image-hosts.config.json (reach ok, slow or blocked, and why), or ${LOCALIZE_HINT}`,
          )
        } else if (rule.reach === 'blocked') {
          report(ref, 'error', 'blocked-host', `${rule.pattern} does not load in mainland China (${rule.reason}): ${LOCALIZE_HINT}`)
        } else if (rule.reach === 'slow') {
          report(ref, 'warning', 'slow-host', `${rule.pattern} loads slowly in mainland China (${rule.reason}); consider moving it into docs/public/images (npm run images:localize)`)
        }
        break
      }
      case 'local': {
        counts.local++
        const key = target.candidates.join('\u0000')
        let pending = localFiles.get(key)
        if (!pending) localFiles.set(key, (pending = inspectLocalImage(target.candidates)))
        const file = await pending
        if (!file.path) {
          const where = target.candidates.map((c) => displayPath(c)).join(' or ')
          report(ref, 'error', 'missing-file', `no image file at ${where}: fix the path or add the file`)
          break
        }
        if (file.bytes > policy.maxBytes) {
          report(
            ref,
            'error',
            'too-large',
            `${kb(file.bytes)} is over the ${kb(policy.maxBytes)} budget: shrink it (smaller width, WebP/JPEG for photos, palette PNG or SVG for drawings)`,
          )
        }
        if (file.unreadable !== undefined) {
          report(
            ref,
            'error',
            'no-dimensions',
            `width and height cannot be read from the file (${file.unreadable}): without them the page jumps while it loads; re-export it${file.path.endsWith('.svg') ? ', or give the <svg> a viewBox or width and height' : ''}`,
          )
        }
        break
      }
    }
  }

  if (options.network && remote.size > 0) {
    const verdicts = await checkRemoteImages([...remote.keys()], options)
    for (const [url, refs] of remote) {
      const result = verdicts.get(url)
      if (!result) continue
      // Only what loads as an image counts: a 404 page or an HTML answer is no image weight.
      if (result.bytes !== undefined && !result.problems.some((p) => p.severity === 'error')) counts.remoteBytes += result.bytes
      for (const ref of refs) {
        for (const problem of result.problems) report(ref, problem.severity, problem.code, problem.message, problem.note)
        if (result.bytes !== undefined && result.bytes > policy.maxBytes && result.problems.length === 0) {
          report(ref, 'warning', 'heavy-remote', `${kb(result.bytes)}, over the ${kb(policy.maxBytes)} budget for local images: ${LOCALIZE_HINT} (it converts)`)
        }
      }
    }
  }

  return { findings: sortFindings(dedupeFindings(findings)), counts, refs: images }
}

export interface RemoteImageResult {
  verdict: UrlVerdict
  /** Body size, from Content-Length or the total of a ranged answer. */
  bytes: number | undefined
  contentType: string | undefined
  problems: { severity: Severity; code: string; message: string; note?: string }[]
}

/**
 * HEAD each image (through the shared limits, retries and cache); when the answer does not say
 * `image/*`, ask again with a ranged GET for the first bytes, as some hosts answer HEAD badly.
 */
export async function checkRemoteImages(
  urls: readonly string[],
  options: Pick<ImageCheckOptions, 'config' | 'concurrency' | 'perHost' | 'timeoutMs' | 'retries' | 'backoffBaseMs' | 'cache' | 'onProgress'>,
): Promise<Map<string, RemoteImageResult>> {
  const common = {
    concurrency: options.concurrency,
    perHost: options.perHost,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    config: options.config,
    ...(options.backoffBaseMs === undefined ? {} : { backoffBaseMs: options.backoffBaseMs }),
  }
  const progress = (label: string) => (done: number, total: number) => options.onProgress?.(`${label} ${done}/${total}`)
  const first = await checkUrls(urls, { ...common, cache: options.cache ?? UrlCache.disabled(), onSettled: progress('HEAD') })
  const retry = urls.filter((url) => {
    const v = first.verdicts.get(url)!
    return (v.kind === 'ok' || v.kind === 'redirect') && !isImageType(v.contentType)
  })
  // Never cached: the first bytes are what is being judged.
  const second = retry.length > 0 ? await checkUrls(retry, { ...common, readBytes: 64, onSettled: progress('GET') }) : undefined

  const results = new Map<string, RemoteImageResult>()
  for (const url of urls) {
    const verdict = second?.verdicts.get(url) ?? first.verdicts.get(url)!
    const contentType = verdict.contentType?.split(';')[0]?.trim().toLowerCase()
    const bytes = verdict.totalLength ?? (verdict.status === 200 ? verdict.contentLength : undefined) ?? first.verdicts.get(url)?.contentLength
    const problems: RemoteImageResult['problems'] = []
    if (verdict.kind === 'broken') {
      problems.push({ severity: 'error', code: verdict.code, message: `the image does not load: ${verdict.message}` })
    } else if (verdict.kind === 'unverifiable') {
      problems.push({ severity: 'warning', code: verdict.code, message: verdict.message })
    } else if (!isImageType(contentType)) {
      problems.push({
        severity: 'error',
        code: 'not-image',
        message: `the address answers ${contentType ? `with ${contentType}` : 'without a content type'}, not an image: link the image file itself`,
      })
    }
    if (verdict.kind === 'redirect' && verdict.finalUrl) {
      problems.push({ severity: 'warning', code: 'redirect', message: `moved permanently: use ${verdict.finalUrl}` })
    }
    results.set(url, { verdict, bytes, contentType, problems })
  }
  return results
}

/** Browsers count loopback as secure: http://127.0.0.1 is no mixed content (test servers, local previews). */
function isLoopback(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(url.hostname)
}

function isImageType(contentType: string | undefined): boolean {
  return contentType !== undefined && /^image\//i.test(contentType.trim())
}

export function kb(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 102.4) / 10} KB`
}
