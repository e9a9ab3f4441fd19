// The card font: Noto Sans SC from the npm package the visual tests use, cut to the characters the cards need.
//
// @fontsource-variable/noto-sans-sc ships the font in about a hundred WOFF2 slices by Unicode range
// (unicode.json). The slices a set of characters needs are decompressed, subset to exactly those characters
// and pinned to the weights the card draws (400 and 700), so satori reads small static TrueType fonts and
// every machine draws the same glyphs. HarfBuzz reads the same subsets for glyph coverage and advances.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Font as HbFont } from 'harfbuzzjs'
import { FONT_PACKAGES } from '../font-packages.ts'

export const FONT_PACKAGE = FONT_PACKAGES.sc
export type Weight = 400 | 700
export const WEIGHTS: readonly Weight[] = [400, 700]

/** One WOFF2 file of the package and the code points it holds. */
interface Slice {
  name: string
  file: string
  ranges: [number, number][]
}

/** A font as satori takes it. */
export interface SatoriFont {
  name: string
  data: Buffer
  weight: Weight
  style: 'normal'
}

export interface CardFonts {
  /** The fonts for satori, one family per slice; `family` lists them all for `font-family`. */
  satori: SatoriFont[]
  family: string
  /** Width in pixels of `text` at `size` and `weight` (the sum of the glyphs' advances). */
  measure(text: string, size: number, weight: Weight): number
  /** The characters of `text` the font has no glyph for, each once, in order. */
  missing(text: string): string[]
}

const packageDir = dirname(createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`))

let slices: Slice[] | undefined
function fontSlices(): Slice[] {
  slices ??= Object.entries(JSON.parse(readFileSync(join(packageDir, 'unicode.json'), 'utf8')) as Record<string, string>).map(
    ([key, range]) => {
      const name = key.replace(/^\[(\d+)\]$/, '$1')
      return { name, file: join(packageDir, 'files', `noto-sans-sc-${name}-wght-normal.woff2`), ranges: parseUnicodeRange(range) }
    },
  )
  return slices
}

/** `U+4e00-4e0f,U+3002` → [[0x4e00, 0x4e0f], [0x3002, 0x3002]] (the CSS unicode-range syntax fontsource writes). */
function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
    const start = parseInt(from!, 16)
    return [start, to === undefined ? start : parseInt(to, 16)]
  })
}

/** The one slice a code point is taken from (the first that lists it), so a card never depends on which others load. */
function sliceOf(codePoint: number): Slice | undefined {
  return fontSlices().find((slice) => slice.ranges.some(([a, b]) => codePoint >= a && codePoint <= b))
}

/** Subsets of the slices that hold `text`'s characters, at each card weight. */
export async function loadCardFonts(text: string): Promise<CardFonts> {
  // Loaded here, not with the config: a build whose cards are all cached never starts these WebAssembly modules.
  const [{ convert }, hb, { default: subsetFont }] = await Promise.all([import('fontverter'), import('harfbuzzjs'), import('subset-font')])
  const bySlice = new Map<Slice, Set<string>>()
  for (const char of new Set(Array.from(text))) {
    if (/\s/.test(char) && char !== ' ') continue
    const slice = sliceOf(char.codePointAt(0)!)
    if (slice) (bySlice.get(slice) ?? bySlice.set(slice, new Set()).get(slice)!).add(char)
  }
  // Slices in the package's order: the family list, and so the SVG, do not depend on the order of the text.
  const used = fontSlices().filter((slice) => bySlice.has(slice))
  const satori: SatoriFont[] = []
  const metrics = new Map<Weight, Map<number, { font: HbFont; upem: number }>>(WEIGHTS.map((w) => [w, new Map()]))
  // One slice at a time, in order: wawoff2 and HarfBuzz each work in one WebAssembly memory that concurrent calls
  // would share, and satori gets its fonts in the same order whatever the text.
  for (const slice of used) {
    const chars = [...bySlice.get(slice)!].join('')
    const sfnt = await convert(readFileSync(slice.file), 'truetype')
    for (const weight of WEIGHTS) {
      const data = await subsetFont(sfnt, chars, { targetFormat: 'truetype', variationAxes: { wght: weight } })
      satori.push({ name: familyName(slice), data, weight, style: 'normal' })
      const face = new hb.Face(new hb.Blob(data))
      const font = new hb.Font(face)
      for (const char of chars) metrics.get(weight)!.set(char.codePointAt(0)!, { font, upem: face.upem })
    }
  }

  const glyph = (codePoint: number, weight: Weight) => {
    const entry = metrics.get(weight)!.get(codePoint)
    const id = entry?.font.nominalGlyph(codePoint)
    return entry && id !== undefined && id !== 0 ? { id, ...entry } : undefined
  }
  return {
    satori,
    family: used.map((slice) => `'${familyName(slice)}'`).join(', '),
    measure(text, size, weight) {
      let width = 0
      for (const char of text) {
        const found = glyph(char.codePointAt(0)!, weight)
        if (found) width += (found.font.glyphHAdvance(found.id) / found.upem) * size
      }
      return width
    },
    missing(text) {
      const missing = new Set<string>()
      for (const char of text) if (!/\s/.test(char) && !glyph(char.codePointAt(0)!, 400)) missing.add(char)
      return [...missing]
    },
  }
}

function familyName(slice: Slice): string {
  return `Noto Sans SC ${slice.name}`
}

/** `U+4E00` for messages. */
export function codePointLabel(char: string): string {
  return 'U+' + char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
}
