// How glossary names compare: the one normalisation that the glossary, its anchors, short links, auto-links and search share.

/**
 * NFKC's width folding for what a reader types full-width in Chinese text (`ＣＬＩＰ`, the ideographic space), and
 * nothing else: every character stays one character, so an index into the folded text is one into the original.
 */
export function foldWidth(text: string): string {
  // Most text has no full-width letters at all: one test, and the text itself comes back.
  if (!FULL_WIDTH.test(text)) return text
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
}

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/

/** How names are compared: two spellings that differ only in case or width are the same name. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}
