// The one list of redirects (short links and old MkDocs URLs); vercel.json and the static-host stubs are generated from it.
import { join } from 'node:path'
import { jargonLink } from '../glossary/anchors.ts'
import { collectGlossary, glossaryFiles, type GlossaryEntry } from '../glossary/collect.ts'
import { nameKey } from '../glossary/names.ts'
import { pagePath } from '../page-url.ts'
import { listMarkdownFiles, sourcePath } from '../pages.ts'

export interface Redirect {
  /** Path a reader opens, without trailing slash (the server strips it before redirects run). */
  source: string
  /** Page path, optionally with `#anchor`; always permanent. */
  destination: string
  /** Short links are ours; legacy paths came from the MkDocs book and were directory URLs (`/x/`). */
  kind: 'short-link' | 'legacy'
  /** Where the entry came from, for error messages (`docs/glossary/clip.md aliases`). */
  origin: string
}

/** Vercel refuses a project with more redirects than this; the generator stops before that. */
export const MAX_VERCEL_REDIRECTS = 1024

/** Hand-written short links. */
export const SHORT_LINKS: readonly Pick<Redirect, 'source' | 'destination'>[] = [
  // The short link shared on Bilibili (b23.ink/aibook) lands on /aibook of the Vercel domain.
  { source: '/aibook', destination: '/' },
  { source: '/license', destination: '/about/license' },
  { source: '/mirrors', destination: '/guide/mirrors' },
]

/**
 * Paths of the original MkDocs book (sudoskys/StableDiffusionBook, mkdocs.yml at commit 025ab3d, with
 * directory URLs and mkdocs-static-i18n's `/en/` copies) whose content now lives in one of our pages:
 *
 *   GettingStarted/index.md  起步于此: projects, mirrors, SD and NAI, community  → home
 *   GettingStarted/term.md   术语: 损失函数, 潜在空间, 黑话, ENSD, CLIP, CUDA, LDM → glossary
 *   GettingStarted/state.md  声明: the GFDL terms                                → licence
 *
 * The book's other pages (news, install, model, paint, train, landing) have no counterpart here yet and
 * keep answering 404. Not listed because the server already does it: `/index.html` → `/` and
 * `/x.html` → `/x` (cleanUrls), `/x/` → `/x` (trailingSlash: false), which also turns the MkDocs
 * directory URL `/GettingStarted/term/` into `/GettingStarted/term` before the redirect below applies.
 * Old `#heading` fragments cannot be mapped: browsers never send them to the server.
 */
export const LEGACY_PATHS: readonly Pick<Redirect, 'source' | 'destination'>[] = [
  { source: '/GettingStarted', destination: '/' },
  { source: '/GettingStarted/term', destination: '/glossary' },
  { source: '/GettingStarted/state', destination: '/about/license' },
  { source: '/en', destination: '/' },
  { source: '/en/GettingStarted', destination: '/' },
  { source: '/en/GettingStarted/term', destination: '/glossary' },
  { source: '/en/GettingStarted/state', destination: '/about/license' },
]

/** Prefix of glossary short links: `/g/clip`, `/g/炼丹`. */
export const GLOSSARY_SHORT_LINK_PREFIX = '/g/'

/**
 * The path segment of a short link for a glossary name: its name key (glossary/names.ts) with spaces as
 * hyphens, letters, digits, `.`, `_` and `-` kept: `Clip skip` → `clip-skip`, `ＣＬＩＰ` → `clip`.
 */
export function shortLinkSlug(name: string): string {
  return nameKey(name)
    .replace(/ /g, '-')
    .replace(/[^\p{L}\p{N}._-]/gu, '')
}

/**
 * `/g/<slug>` for every name of every glossary entry: a term page also by its file name (`/g/clip`,
 * `/g/loss-function`), a jargon row at the row, by the anchor of the name (`/g/炼丹` → `/glossary/jargon#炼丹`).
 */
export function glossaryShortLinks(entries: readonly GlossaryEntry[]): Redirect[] {
  const links: Redirect[] = []
  const add = (name: string, destination: string, origin: string) => {
    const slug = shortLinkSlug(name)
    if (!slug) throw new Error(`${origin}: "${name}" has no letters or digits to make a short link from; rename it`)
    links.push({ source: GLOSSARY_SHORT_LINK_PREFIX + slug, destination, kind: 'short-link', origin })
  }
  // Term pages in file order, then the jargon rows in table order: vercel.json keeps its order as entries are added.
  const inFileOrder = [...entries].sort(
    (a, b) => Number(a.kind === 'jargon-row') - Number(b.kind === 'jargon-row') || (a.kind === 'page' ? compare(a.page, b.page) : 0),
  )
  for (const entry of inFileOrder) {
    if (entry.kind === 'page') {
      for (const name of [entry.id, ...entry.names]) add(name, entry.link, `docs/${entry.page}`)
    } else {
      for (const name of entry.names) add(name, jargonLink(name), `docs/${entry.page} row "${entry.term}"`)
    }
  }
  return links
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Every redirect of the site, read from the Markdown sources under `docsDir`. */
export function siteRedirects(docsDir: string): Redirect[] {
  const handWritten = (list: typeof SHORT_LINKS, kind: Redirect['kind']): Redirect[] =>
    list.map((r) => ({ ...r, kind, origin: 'docs/.vitepress/deploy/redirects.ts' }))
  return dropSameTarget([
    ...handWritten(SHORT_LINKS, 'short-link'),
    ...handWritten(LEGACY_PATHS, 'legacy'),
    ...glossaryShortLinks(collectGlossary(glossaryFiles(join(docsDir, 'glossary')))),
  ])
}

/** A term's name and its file name often give the same slug (`CLIP`, `clip.md`): keep one. */
function dropSameTarget(redirects: Redirect[]): Redirect[] {
  const seen = new Set<string>()
  return redirects.filter((r) => {
    const key = `${r.source.toLowerCase()} ${r.destination}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Refuses redirects that would break a deployment, naming the entry and the fix: a destination that is
 * not a page, a source that hides a page, two targets for one source (sources match case-insensitively,
 * as Vercel matches them), a source with characters a route pattern would read as syntax.
 */
export function checkRedirects(redirects: readonly Redirect[], pages: ReadonlySet<string>): void {
  const problems: string[] = []
  const bySource = new Map<string, Redirect>()
  for (const r of redirects) {
    const target = r.destination.replace(/#.*$/, '')
    if (!pages.has(target)) {
      problems.push(
        `${r.source} → ${r.destination} (from ${r.origin}): there is no page at ${target}; point it at an existing page or add the page`,
      )
    }
    if (pages.has(r.source)) {
      problems.push(`${r.source} (from ${r.origin}) is also a page and the redirect would hide it; choose another source`)
    }
    if (!/^\/[\p{L}\p{N}._\-/]*$/u.test(r.source) || r.source.endsWith('/') || r.source.includes('//')) {
      problems.push(
        `${r.source} (from ${r.origin}) must start with / and hold only letters, digits, "." "_" "-" and single "/" between segments, without a trailing slash`,
      )
    }
    const key = r.source.toLowerCase()
    const earlier = bySource.get(key)
    if (earlier && earlier.destination !== r.destination) {
      problems.push(
        `duplicate short link ${r.source}: ${earlier.origin} sends it to ${earlier.destination}, ${r.origin} to ${r.destination}; rename one of the two names`,
      )
    } else if (!earlier) {
      bySource.set(key, r)
    }
  }
  if (problems.length > 0) {
    throw new Error(`Redirects in docs/.vitepress/deploy/redirects.ts are not valid:\n  - ${problems.join('\n  - ')}`)
  }
}

/** Clean URL paths of every page under `docsDir` (`/`, `/glossary`, `/glossary/clip`). */
export function sitePages(docsDir: string): Set<string> {
  return new Set(listMarkdownFiles(docsDir).map((file) => pagePath(sourcePath(docsDir, file))))
}
