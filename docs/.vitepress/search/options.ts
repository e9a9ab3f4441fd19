// MiniSearch settings shared by the index (built in Node) and the search box (in the browser).
import { decodeHTML } from 'entities'
import type { Options, SearchOptions } from 'minisearch'
import { normalizeTerm, tokenize } from './tokenize.ts'

/** One searchable section of a page, as stored in the index. */
export interface SearchDocument {
  /** Page path plus `#anchor`: `/glossary/jargon#ti`. */
  id: string
  /** Heading (or table row name) of the section, HTML-escaped as VitePress shows it. */
  title: string
  /** The headings above it, outermost first, HTML-escaped. */
  titles: string[]
  /** Plain text of the section. */
  text: string
  /** Other names of the glossary entry the section defines (empty elsewhere). */
  aliases: string
}

export const SEARCH_FIELDS = ['title', 'titles', 'text', 'aliases'] as const
/** What the result list shows; the text is fetched from the page itself when needed. */
export const STORE_FIELDS = ['title', 'titles'] as const

const CONTRIBUTOR_PAGE_WEIGHT = 0.4
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}_]+$/u

/**
 * How queries are matched. Measured against tests/search/queries.json:
 * - a section's own heading and a glossary entry's names outrank its body, and the headings above
 *   it count a little (they say which page it is on);
 * - every query word is also a prefix (`dream` finds DreamBooth, `炸` finds 炸炉), except a single
 *   Latin letter, which would match half the index;
 * - only Latin words of five letters or more are matched fuzzily (`dreambooh` → dreambooth);
 *   one edit in a two-character Chinese word is another word altogether;
 * - pages for contributors (/contributing/) count less than half: their example text (提示框,
 *   显存不够怎么办？) is about writing the guide, and must not push readers' pages down.
 */
export const SEARCH_OPTIONS: SearchOptions = {
  tokenize: (text) => tokenize(text, { query: true }),
  boost: { title: 4, aliases: 4, titles: 1.5, text: 1 },
  prefix: (term) => !(term.length === 1 && LATIN_ONLY.test(term)),
  fuzzy: (term) => (LATIN_ONLY.test(term) && term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'OR',
  boostDocument: (id: string) => (id.includes('/contributing/') ? CONTRIBUTOR_PAGE_WEIGHT : 1),
}

/** Options for loading the index in the browser and for searching it (ordinary code, no config functions). */
export function searchBoxOptions(): Options<SearchDocument> {
  return {
    fields: [...SEARCH_FIELDS],
    storeFields: [...STORE_FIELDS],
    tokenize: (text) => tokenize(text),
    processTerm: normalizeTerm,
    searchOptions: SEARCH_OPTIONS,
  }
}

/** Options for building the index: the same terms, read from text with HTML entities decoded. */
export function indexOptions(): Options<SearchDocument> {
  return {
    ...searchBoxOptions(),
    // The entities markdown-it writes (`&amp;`, `&quot;`, `&#39;`…) turned back into characters.
    stringifyField: (value) => decodeHTML(Array.isArray(value) ? value.join(' ') : String(value ?? '')),
  }
}
