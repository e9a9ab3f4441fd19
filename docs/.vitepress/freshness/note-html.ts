// The review note as HTML, written at build time into each page's data: the browser shows it as is.
import { escapeHtml } from 'markdown-it/lib/common/utils.mjs'
import type { FreshnessNote } from './page-note.ts'

const SEPARATOR = '<span aria-hidden="true"> · </span>'
const link = (href: string, text: string, className?: string) =>
  `<a${className ? ` class="${className}"` : ''} href="${escapeHtml(href)}" target="_blank" rel="noopener">${text}</a>`

/**
 * "内容核对于 2022 年 10 月 · 适用于 … · 内容有误？", preceded by the outdated banner when the review is past
 * due. Styles: theme/styles/freshness.css.
 */
export function freshnessHtml(note: FreshnessNote): string {
  const reviewed = note.reviewed ? `<time datetime="${escapeHtml(note.reviewedIso!)}">${escapeHtml(note.reviewed)}</time>` : ''
  const banner = note.stale
    ? '<div class="page-freshness-banner" role="note" aria-label="内容可能已过时">' +
      `<p><strong>本页内容可能已过时。</strong>它最后核对于 ${reviewed}，AI 绘画工具变化很快，其中的版本、步骤和说法可能已经变了。</p>` +
      `<p>${link(note.editUrl, '在 GitHub 上更新本页')}${SEPARATOR}${link(note.reportUrl, '报告过时内容')}</p>` +
      '</div>'
    : ''
  const meta =
    '<p class="page-freshness-meta">' +
    (note.reviewed ? `<span>内容核对于 ${reviewed}</span>` : '<span>内容尚未核对</span>') +
    (note.appliesTo ? `${SEPARATOR}<span>适用于 ${escapeHtml(note.appliesTo)}</span>` : '') +
    `${SEPARATOR}${link(note.reportUrl, '内容有误？', 'page-freshness-report')}` +
    '</p>'
  return banner + meta
}
