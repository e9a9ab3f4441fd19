// Splits Chinese and mixed Chinese–Latin text into search terms; used to index pages and to read queries.
//
// Runs in Node (building the index) and in the browser (reading the query), so it uses only what
// both have: Intl.Segmenter ships with Node's full ICU and with every current browser, and carries
// its own word dictionary — nothing is downloaded. Indexing and querying must cut text the same
// way, so both sides import this one module.

/** Han characters (CJK ideographs, including the compatibility and extension blocks). */
const HAN = /\p{Script=Han}/u
const HAN_RUN = /\p{Script=Han}+/gu

export interface TokenizeOptions {
  /**
   * Also emit every pair of adjacent Han characters. The word segmenter splits words it does not
   * know (炸炉, 显存, 黑话) into single characters; the pairs let such words match as a whole,
   * and let a query match even if the browser's ICU segments a phrase differently from Node's.
   */
  bigrams?: boolean
  /**
   * Cutting a query: drop single Han characters that a pair already covers. The segmenter leaves
   * unknown words in pieces (显存 → 显, 存); as query terms with prefix search, 显 alone would
   * match 显卡 and 显示. A one-character query stays as it is.
   */
  query?: boolean
  /**
   * The word segmenter; by default Intl.Segmenter for zh-CN when the runtime has one. `null` cuts
   * Han text into characters, which is what a browser without Intl.Segmenter gets.
   */
  segmenter?: Intl.Segmenter | null
}

let segmenter: Intl.Segmenter | undefined
function wordSegmenter(): Intl.Segmenter | undefined {
  if (segmenter === undefined && typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })
  }
  return segmenter
}

/**
 * The terms of `text`, in order, not yet lower-cased (see `normalizeTerm`). Latin words and numbers
 * stay whole (`t2i`, `31337`, `aesthetic_embeddings`); punctuation and spaces are dropped; no word
 * is thrown away for being short or common, because in this guide `ti`, `hn`, `db` and `ds` are
 * the words readers look for.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const { bigrams = true, query = false } = options
  const seg = options.segmenter === undefined ? wordSegmenter() : options.segmenter
  const terms: string[] = []
  // Two-character Han words by offset, so a pair that is already a word is not added twice.
  const pairWords = new Set<string>()
  if (seg) {
    for (const { segment, index, isWordLike } of seg.segment(text)) {
      if (!isWordLike) continue
      if (query && bigrams && isCoveredSingle(text, segment, index)) continue
      terms.push(segment)
      if (HAN.test(segment) && Array.from(segment).length === 2) pairWords.add(`${index}:${segment}`)
    }
  } else {
    // No Intl.Segmenter (very old browsers): Latin words whole, Han characters one by one; the
    // pairs below still let Chinese words match.
    for (const match of text.matchAll(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}_])+/gu)) {
      if (!(query && bigrams && isCoveredSingle(text, match[0], match.index))) terms.push(match[0])
    }
  }
  if (bigrams) {
    for (const run of text.matchAll(HAN_RUN)) {
      // Code points, not UTF-16 units: rare characters of the extension blocks are surrogate pairs.
      const chars = Array.from(run[0])
      let offset = run.index
      for (let i = 0; i + 1 < chars.length; i++) {
        const pair = chars[i]! + chars[i + 1]!
        if (!pairWords.has(`${offset}:${pair}`)) terms.push(pair)
        offset += chars[i]!.length
      }
    }
  }
  return terms
}

/** A lone Han character with another Han character right before or after it. */
function isCoveredSingle(text: string, segment: string, index: number): boolean {
  if (Array.from(segment).length !== 1 || !HAN.test(segment)) return false
  const before = text.slice(Math.max(0, index - 2), index)
  const after = text.slice(index + segment.length, index + segment.length + 2)
  return /\p{Script=Han}$/u.test(before) || /^\p{Script=Han}/u.test(after)
}

/** How a term is stored and compared: full-width forms folded (ＣＬＩＰ → clip), lower case. */
export function normalizeTerm(term: string): string {
  return term.normalize('NFKC').toLowerCase()
}
