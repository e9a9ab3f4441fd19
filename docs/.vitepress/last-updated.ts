// "最后更新于" and the sitemap's <lastmod> for every page, from one `git log` of the source folder.
//
// VitePress's own `lastUpdated: true` starts one `git log -1` process per page. Each is forked from a
// build process that holds every page in memory (gigabytes for a large guide), so at scale the forks
// cost time and, while they run, memory. One pass over the history gives the same dates: the author
// date of the last commit that touched each file, as VitePress reads it.
import { execFileSync } from 'node:child_process'
import type { PageData, SiteConfig } from 'vitepress'
import { pageRoute } from './page-url.ts'

/** Last author date (ms) of every file under `dir` that git has a commit for, keyed by its path relative to `dir`. */
export function readGitDates(dir: string): Map<string, number> {
  const log = execFileSync(
    'git',
    // quotePath off: Chinese file names come out as they are, not as octal escapes.
    ['-c', 'core.quotePath=false', 'log', '--format=@%at', '--name-only', '--no-renames', '--relative', '--', '.'],
    { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 2 ** 20, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const dates = new Map<string, number>()
  let current = 0
  // Newest commit first: the first date seen for a file is its last change.
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) current = Number(line.slice(1)) * 1000
    else if (line !== '' && !dates.has(line)) dates.set(line, current)
  }
  return dates
}

const datesBySrcDir = new Map<string, Map<string, number>>()
/** Dates of the pages by sitemap URL (`guide/mirrors`, `glossary/`), filled as pages are transformed. */
const datesByUrl = new Map<string, number>()

/** The sitemap's URL of a page is its route (`index.md` → ``, `glossary/index.md` → `glossary/`, `a/b.md` → `a/b`). */
export const sitemapUrl = pageRoute

/**
 * For `transformPageData`: sets `pageData.lastUpdated` as `lastUpdated: true` would (front matter
 * `lastUpdated: false` or a date wins; a page never committed gets none). Needs `lastUpdated: false`
 * in the config, so VitePress does not also run git per page.
 */
export function setLastUpdated(pageData: PageData, siteConfig: Pick<SiteConfig, 'srcDir'>): void {
  const wanted = pageData.frontmatter.lastUpdated
  if (wanted === false) return
  let date: number | undefined
  if (wanted instanceof Date) date = +wanted
  else {
    let dates = datesBySrcDir.get(siteConfig.srcDir)
    if (!dates) datesBySrcDir.set(siteConfig.srcDir, (dates = readGitDates(siteConfig.srcDir)))
    date = dates.get(pageData.filePath)
  }
  if (date === undefined) return
  pageData.lastUpdated = date
  datesByUrl.set(sitemapUrl(pageData.relativePath), date)
}

/** For `sitemap.transformItems`: each page's <lastmod>, the date its footer shows. */
export function lastmodOf(url: string): string | undefined {
  const date = datesByUrl.get(url)
  return date === undefined ? undefined : new Date(date).toISOString()
}
