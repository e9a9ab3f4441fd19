// The link check of a built site, start to end: crawl, internal and external checks, findings at their sources.

import { ignoreRuleFor, type CheckerConfig } from './checker-config.ts'
import { checkUrls } from './check-urls.ts'
import { dedupeFindings, sortFindings, type Finding } from './finding.ts'
import type { HtmlLink } from './html-links.ts'
import type { UrlVerdict } from './http-check.ts'
import { crawlSite, type BuiltPage } from './site-crawl.ts'
import { checkInternalLink, checkMailOrTel, classifyLink, pageUrlOf, type LinkProblem, type LinkTarget } from './site-links.ts'
import { SourceLocator } from './source-locator.ts'
import type { UrlCache } from './url-cache.ts'
import { displayPath } from '../../docs/.vitepress/pages.ts'

export interface LinkCheckOptions {
  distDir: string
  srcDir: string
  /** Site base; read from the built pages when undefined. */
  base?: string
  external: boolean
  concurrency: number
  perHost: number
  timeoutMs: number
  retries: number
  backoffBaseMs?: number
  config: CheckerConfig
  cache?: UrlCache
  /** Progress messages for a status line. */
  onProgress?: (message: string) => void
}

export interface LinkCheckResult {
  findings: Finding[]
  counts: { pages: number; links: number; uniqueUrls: number; external: number; ignored: number; cached: number }
}

interface Occurrence {
  page: BuiltPage
  link: HtmlLink
}

interface Resolved {
  target: LinkTarget
  /** Internal: the absolute URL with fragment; external: without it (one request per document). */
  key: string
  ignored?: boolean
  /** Verdict for links from `<a>` (and mailto/tel); null once judged fine. */
  problem?: LinkProblem | null
  /** Verdict for links from `<img>`, `<script>`, `<link>`…; null once judged fine. */
  fileProblem?: LinkProblem | null
}

/** Hrefs that resolve the same from any page: root-relative paths and URLs with a scheme. */
const PAGE_INDEPENDENT = /^(?:\/(?!\/)|[a-z][a-z0-9+.-]*:)/i

interface Problem extends LinkProblem, Occurrence {
  /** Groups the same theme-link problem repeated on many pages. */
  target: string
}

export async function checkSiteLinks(options: LinkCheckOptions): Promise<LinkCheckResult> {
  const progress = options.onProgress ?? (() => {})
  const site = await crawlSite(options.distDir, {
    base: options.base,
    onPage: (done, total) => progress(`Reading pages ${done}/${total}`),
  })

  const problems: Problem[] = []
  const external = new Map<string, Occurrence[]>()
  const uniqueUrls = new Set<string>()
  // Nav, sidebar and footer repeat the same links on every page: resolve and judge each once.
  const absoluteHrefs = new Map<string, Resolved>()
  let links = 0
  let ignored = 0

  for (const page of site.pages.values()) {
    let pageUrl: URL | undefined
    const relativeHrefs = new Map<string, Resolved>()
    for (const link of page.links) {
      links++
      // Absolute links mean the same on every page; relative ones only on their own page.
      const memo = PAGE_INDEPENDENT.test(link.url) ? absoluteHrefs : relativeHrefs
      let resolved = memo.get(link.url)
      if (!resolved) {
        resolved = resolve(link.url, classifyLink(link.url, (pageUrl ??= pageUrlOf(page))))
        memo.set(link.url, resolved)
        if (resolved.key) uniqueUrls.add(resolved.key)
      }
      const { target, key } = resolved
      if (resolved.ignored) {
        ignored++
        continue
      }
      switch (target.kind) {
        case 'skip':
          break
        case 'invalid':
          problems.push({ page, link, target: link.url, severity: 'error', code: 'bad-url', message: target.reason })
          break
        case 'mailto':
        case 'tel': {
          const problem = (resolved.problem ??= checkMailOrTel(target.kind, target.raw) ?? null)
          if (problem) problems.push({ page, link, target: key, ...problem })
          break
        }
        case 'internal': {
          // Whether a missing target is a "page" or a "file" depends on the element, so two verdicts.
          const asPage = link.tag === 'a' || link.tag === 'area' || link.tag === 'meta'
          const problem = asPage
            ? (resolved.problem ??= checkInternalLink(site, target.url, link) ?? null)
            : (resolved.fileProblem ??= checkInternalLink(site, target.url, link) ?? null)
          if (problem) problems.push({ page, link, target: key, ...problem })
          break
        }
        case 'external': {
          const list = external.get(key)
          if (list) list.push({ page, link })
          else external.set(key, [{ page, link }])
          break
        }
      }
    }
  }

  function resolve(href: string, target: LinkTarget): Resolved {
    const ignores = (...candidates: string[]) => candidates.some((c) => ignoreRuleFor(options.config, c) !== undefined)
    switch (target.kind) {
      case 'internal': {
        // Ignore patterns see internal links as written and as site paths (`/aidraw/api/…`).
        const { pathname, search, hash } = target.url
        return { target, key: target.url.href, ignored: ignores(href, pathname + search + hash) }
      }
      case 'external': {
        const key = withoutFragment(target.url)
        return { target, key, ignored: ignores(key) }
      }
      case 'mailto':
      case 'tel':
        return { target, key: target.raw }
      default:
        return { target, key: '' }
    }
  }

  let cached = 0
  if (options.external && external.size > 0) {
    let broken = 0
    const { verdicts, fromCache } = await checkUrls(external.keys(), {
      concurrency: options.concurrency,
      perHost: options.perHost,
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      backoffBaseMs: options.backoffBaseMs,
      config: options.config,
      cache: options.cache,
      onSettled: (done, total, verdict) => {
        if (verdict.kind === 'broken') broken++
        progress(`Checking external URLs ${done}/${total}${broken ? ` (${broken} broken)` : ''}`)
      },
    })
    cached = fromCache
    for (const [url, verdict] of verdicts) {
      const problem = problemOf(verdict)
      if (!problem) continue
      for (const occurrence of external.get(url) ?? []) problems.push({ ...occurrence, target: url, ...problem })
    }
  }

  progress(`Locating ${problems.length} findings in the Markdown sources`)
  const findings = await locateProblems(problems, new SourceLocator(site, options.srcDir))
  return {
    findings,
    counts: {
      pages: site.pages.size,
      links,
      uniqueUrls: uniqueUrls.size,
      external: external.size,
      ignored,
      cached,
    },
  }
}

function problemOf(verdict: UrlVerdict): LinkProblem | undefined {
  switch (verdict.kind) {
    case 'ok':
      return undefined
    case 'redirect':
      return { severity: 'warning', code: 'redirect', message: `moved permanently to ${verdict.finalUrl}; link there instead` }
    case 'unverifiable':
      return { severity: 'warning', code: verdict.code, message: verdict.message }
    case 'broken':
      return { severity: 'error', code: verdict.code, message: verdict.message }
  }
}

/**
 * Places every problem in its Markdown source. A theme link (nav, sidebar, footer) repeats on every
 * page; it is reported once, on the first page, with a count of the others.
 */
async function locateProblems(problems: Problem[], locator: SourceLocator): Promise<Finding[]> {
  const findings: Finding[] = []
  const themeFindings = new Map<string, { finding: Finding; pages: Set<string> }>()
  const located = await Promise.all(problems.map((p) => locator.locate(p.page, p.link)))
  problems.forEach((problem, i) => {
    const where = located[i]!
    const finding: Finding = {
      file: displayPath(where.file),
      line: where.line,
      col: where.col,
      severity: problem.severity,
      code: problem.code,
      message: problem.message,
      url: where.writtenUrl ?? problem.link.url,
    }
    if (problem.link.text) finding.text = problem.link.text
    if (where.note) finding.note = where.note
    if (!where.inBuiltPage || problem.link.inContent) {
      findings.push(finding)
      return
    }
    const key = [problem.code, problem.target].join('\u0000')
    const seen = themeFindings.get(key)
    if (seen) seen.pages.add(problem.page.relPath)
    else themeFindings.set(key, { finding, pages: new Set([problem.page.relPath]) })
  })
  for (const { finding, pages } of themeFindings.values()) {
    if (pages.size > 1) finding.note = `${finding.note}; also on ${pages.size - 1} other page${pages.size > 2 ? 's' : ''}`
    findings.push(finding)
  }
  return sortFindings(dedupeFindings(findings))
}

function withoutFragment(url: URL): string {
  const copy = new URL(url.href)
  copy.hash = ''
  return copy.href
}
