// /feed.xml (Atom) and /feed.json (JSON Feed) of the recent updates, written by the build for its SITE_URL.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Feed } from 'feed'
import { escapeHtml } from 'markdown-it/lib/common/utils.mjs'
import { LICENCE_LINE, REPO_URL } from '../site.ts'
import { beijingTime } from '../theme/beijing-time.ts'
import { UPDATE_KIND_LABELS, recentUpdates, type UpdateEntry } from './updates.ts'

export const FEED_FILES = { atom: 'feed.xml', json: 'feed.json' } as const
export const FEED_TITLE = 'AiDraw 最近更新'

/** The two `<link rel="alternate">` tags every page carries in its head. */
export function feedHeadLinks(siteUrl: string): [string, Record<string, string>][] {
  return [
    ['link', { rel: 'alternate', type: 'application/atom+xml', title: FEED_TITLE, href: `${siteUrl}/${FEED_FILES.atom}` }],
    ['link', { rel: 'alternate', type: 'application/feed+json', title: FEED_TITLE, href: `${siteUrl}/${FEED_FILES.json}` }],
  ]
}

/** Both feeds as text. `updated` is the newest entry's date, so an unchanged guide gives the same files. */
export function renderFeeds(entries: readonly UpdateEntry[], siteUrl: string): { atom: string; json: string } {
  const feed = new Feed({
    id: `${siteUrl}/`,
    link: `${siteUrl}/`,
    title: FEED_TITLE,
    description: 'AiDraw（写给新人的 AI 绘画指南）新增和有实质更新的页面',
    language: 'zh-CN',
    favicon: `${siteUrl}/logo.svg`,
    copyright: LICENCE_LINE,
    generator: false,
    // Atom wants an author for the feed when its entries name none.
    author: { name: 'StableDiffusionBook 的贡献者', link: REPO_URL },
    feedLinks: { atom: `${siteUrl}/${FEED_FILES.atom}`, json: `${siteUrl}/${FEED_FILES.json}` },
    ...(entries[0] ? { updated: new Date(entries[0].date) } : {}),
  })
  for (const entry of entries) {
    // Percent-encoded, as URLs in XML and JSON should be (Chinese page names).
    const url = siteUrl + encodeURI(entry.path)
    feed.addItem({
      id: `${url}#${entry.date}`,
      // Both feeds take titles and summaries as HTML.
      title: `${UPDATE_KIND_LABELS[entry.kind]}：${escapeHtml(entry.title)}`,
      link: url,
      date: new Date(entry.date),
      // The summary says the Beijing-time date too: the feed's timestamps are instants (UTC).
      description: `${escapeHtml(entry.summary)}（${UPDATE_KIND_LABELS[entry.kind]}，${beijingTime(entry.date)} 北京时间）`,
    })
  }
  return { atom: feed.atom1(), json: feed.json1() }
}

/** For `buildEnd`: writes both feeds into the build's output folder. */
export function writeFeeds(outDir: string, srcDir: string, siteUrl: string): void {
  const { atom, json } = renderFeeds(recentUpdates(srcDir), siteUrl)
  writeFileSync(join(outDir, FEED_FILES.atom), atom)
  writeFileSync(join(outDir, FEED_FILES.json), json)
}
