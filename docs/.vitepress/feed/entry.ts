// One entry of the recent updates: what the build computes and the browser shows (no Node imports here).

export interface UpdateEntry {
  /** Source path relative to docs/ (`glossary/clip.md`). */
  source: string
  /** Page path (`/glossary/clip`). */
  path: string
  title: string
  summary: string
  /** Author date of the last meaningful change, ms. */
  date: number
  /** What that change was. */
  kind: 'new' | 'reviewed' | 'changed'
}

/** Chinese labels of the kinds, for the feed's titles and the 最近更新 page. */
export const UPDATE_KIND_LABELS: Readonly<Record<UpdateEntry['kind'], string>> = {
  new: '新页面',
  reviewed: '重新核对',
  changed: '内容更新',
}
