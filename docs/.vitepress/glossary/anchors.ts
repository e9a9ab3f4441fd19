// The anchor scheme of the jargon table: which `#fragment` of /glossary/jargon lands on which row.
//
// Scheme (stable; short links `/g/<name>` and the auto-linker build on it):
// - A row of the jargon table is named by the `/`-separated names of its first cell:
//   `ti/emb/炼丹` → `ti`, `emb`, `炼丹`.
// - Every name is an anchor: `jargonAnchor(name)` = the name NFKC-normalised, lower-cased, runs of
//   anything but letters, digits, `_` and `-` turned into one `-`, and `-` trimmed from both ends.
//   Chinese stays as it is, as in VitePress's heading anchors: `炼丹` → `#炼丹`, `NAI` → `#nai`,
//   `8bit` → `#8bit`.
// - The row (`<tr>`) carries the anchor of its first name as its `id`; each further name gets an
//   empty `<span id>` in the first cell, so `/glossary/jargon#炼丹` and `#ti` land on the same row.
//   The text a reader sees in the cell does not change.
// - Names are unique across the whole glossary (the build fails otherwise), so an anchor never
//   points at two rows. Anchors never contain `/`, `#`, `?` or spaces, so they survive in URLs
//   as they are (browsers percent-encode the Chinese ones on the wire).

import { pagePath } from '../page-url.ts'
import { nameKey } from './names.ts'

/** The page that holds the jargon table, relative to docs/. */
export const JARGON_PAGE = 'glossary/jargon.md'

/** The URL path of the jargon page (clean URLs). */
export const JARGON_PATH = pagePath(JARGON_PAGE)

/** The `#fragment` (without `#`) that lands on the row carrying `name`. */
export function jargonAnchor(name: string): string {
  const anchor = nameKey(name)
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  if (!anchor) throw new Error(`jargon name "${name}" has no letters or digits to make an anchor from`)
  return anchor
}

/** The names of a jargon row, from its first cell: `ti/emb/炼丹` → `['ti', 'emb', '炼丹']`. */
export function jargonNames(firstCell: string): string[] {
  return firstCell
    .split('/')
    .map((name) => name.trim())
    .filter(Boolean)
}

/** The link to the row that carries `name`. */
export function jargonLink(name: string): string {
  return `${JARGON_PATH}#${jargonAnchor(name)}`
}
