// Breaks a card's text into the lines that fit its box: Unicode line breaking, then an ellipsis at a character boundary.
import LineBreaker from 'linebreak'

/** Width of a piece of text in pixels, at the size and weight it is drawn in. */
export type Measure = (text: string) => number

export interface WrapOptions {
  maxWidth: number
  maxLines: number
  measure: Measure
}

export interface WrappedText {
  lines: string[]
  /** True when text was left out and the last line ends with the ellipsis. */
  truncated: boolean
}

export const ELLIPSIS = '…'

const graphemes = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' })

/** The user-perceived characters of `text`: a line is never cut inside one (emoji sequences, combining marks). */
export function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment)
}

/**
 * Lines of at most `maxWidth` each, breaking where Unicode allows (between CJK characters, at spaces, never
 * before a closing mark such as `，` or `）`); a word wider than a line is cut between characters. Past
 * `maxLines`, the last line keeps whole characters and ends with `…`.
 */
export function wrapText(text: string, { maxWidth, maxLines, measure }: WrapOptions): WrappedText {
  const normalized = text.replace(/\s+/g, ' ').trim()
  if (!normalized) return { lines: [], truncated: false }
  const lines: string[] = []
  let line = ''
  const push = () => {
    if (line.trim()) lines.push(line.trimEnd())
    line = ''
  }
  for (const piece of breakPieces(normalized)) {
    if (measure((line + piece).trimEnd()) <= maxWidth) {
      line += piece
      continue
    }
    push()
    if (measure(piece.trimEnd()) <= maxWidth) {
      line = piece
      continue
    }
    // A word wider than the whole line (a long URL or identifier): fill lines character by character.
    for (const g of splitGraphemes(piece)) {
      if (line && measure((line + g).trimEnd()) > maxWidth) push()
      line += g
    }
  }
  push()
  if (lines.length <= maxLines) return { lines, truncated: false }
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, maxWidth, measure)
  return { lines: kept, truncated: true }
}

/** The text between one break opportunity and the next, trailing space included. */
function breakPieces(text: string): string[] {
  const breaker = new LineBreaker(text)
  const pieces: string[] = []
  let last = 0
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.position > last) pieces.push(text.slice(last, bk.position))
    last = bk.position
  }
  return pieces
}

/** `line` shortened by whole characters until it and the ellipsis fit; spaces and pauses (`，`) before it go. */
function withEllipsis(line: string, maxWidth: number, measure: Measure): string {
  const kept = splitGraphemes(line)
  const ended = () => kept.join('').replace(TRAILING_PAUSE, '') + ELLIPSIS
  while (kept.length > 0 && measure(ended()) > maxWidth) kept.pop()
  return ended()
}

const TRAILING_PAUSE = /[\s，。、；：,.;:]+$/u
