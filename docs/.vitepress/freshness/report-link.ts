// "内容有误？": a prefilled GitHub issue (the form .github/ISSUE_TEMPLATE/outdated.yml) for one page.
import { REPO_URL } from '../site.ts'

/** The issue form's file name and the ids of its fields, which GitHub fills from the query string. */
export const REPORT_TEMPLATE = 'outdated.yml'
export const REPORT_FIELDS = { page: 'page', reviewed: 'reviewed' } as const

export interface ReportedPage {
  title: string
  /** The page's absolute URL on this deployment. */
  url: string
  /** As the page shows it (`2022-10`), or undefined when it has none. */
  reviewed?: string
}

/** `https://github.com/…/issues/new?template=outdated.yml&title=…&page=…&reviewed=…`: no script, no request until clicked. */
export function reportIssueUrl(page: ReportedPage): string {
  const query = Object.entries({
    template: REPORT_TEMPLATE,
    title: `内容过时 / 有误：${page.title}`,
    [REPORT_FIELDS.page]: page.url,
    [REPORT_FIELDS.reviewed]: page.reviewed ?? '未标注',
  })
    .map(([key, value]) => `${key}=${queryValue(value)}`)
    .join('&')
  return `${REPO_URL}/issues/new?${query}`
}

/**
 * A query value as an IRI: what a query would misread (`&`, `=`, `#`, `+`, `%`, spaces, controls, quotes and
 * angle brackets) percent-encoded, Chinese kept as characters, which browsers encode on the way out. A third
 * of the bytes of full percent-encoding, and every page carries this link.
 */
function queryValue(value: string): string {
  return value.replace(/[\s%&=#+"'<>\u0000-\u001f\u007f]/g, (c) => encodeURIComponent(c))
}
