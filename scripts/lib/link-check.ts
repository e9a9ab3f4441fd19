// The link check of a built site, start to end: crawl, internal and external checks, findings at their sources.
import { relative } from 'node:path'
import { ignoreRuleFor, type CheckerConfig } from './checker-config.ts'
import { checkUrls } from './check-urls.ts'
import { dedupeFindings, sortFindings, type Finding } from './finding.ts'
import type { HtmlLink } from './html-links.ts'
import type { UrlVerdict } from './http-check.ts'
import { crawlSite, type BuiltPage } from './site-crawl.ts'
import { checkInternalLink, checkMailOrTel, classifyLink, pageUrlOf, type LinkProblem } from './site-links.ts'
import { SourceLocator } from './source-locator.ts'
import type { UrlCache } from './url-cache.ts'

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
  const internalVerdicts = new Map<string, LinkProblem | undefined>()
  const uniqueUrls = new Set<string>()
  let links = 0
  let ignored = 0

  for (const page of site.pages.values()) {
    const pageUrl = pageUrlOf(page)
    for (const link of page.links) {
      links++
      const target = classifyLink(link.url, pageUrl)
      switch (target.kind) {
        case 'skip':
          break
        case 'invalid':
          problems.push({ page, link, target: link.url, severity: 'error', code: 'bad-url', message: target.reason })
          break
        case 'mailto':
        case 'tel': {
          uniqueUrls.add(target.raw)
          const problem = checkMailOrTel(target.kind, target.raw)
          if (problem) problems.push({ page, link, target: target.raw, ...problem })
          break
        }
        case 'internal': {
          uniqueUrls.add(target.url.href)
          // The same nav and sidebar links sit on every page: decide each target once.
          const memoKey = `${link.tag}\u0000${target.url.href}`
          let problem = internalVerdicts.get(memoKey)
          if (!internalVerdicts.has(memoKey)) {
            problem = checkInternalLink(site, target.url, link)
            internalVerdicts.set(memoKey, problem)
          }
          if (problem) problems.push({ page, link, target: target.url.href, ...problem })
          break
        }
        case 'external': {
          const url = withoutFragment(target.url)
          uniqueUrls.add(url)
          if (ignoreRuleFor(options.config, url)) {
            ignored++
            break
          }
          const list = external.get(url)
          if (list) list.push({ page, link })
          else external.set(url, [{ page, link }])
          break
        }
      }
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
      file: relative(process.cwd(), where.file) || where.file,
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
