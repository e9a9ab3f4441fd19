// Draws a share card: 1200×630, the site's light scheme, laid out by satori from our own line breaks, PNG by sharp.
import { readFileSync } from 'node:fs'
import type { CardText } from './card-text.ts'
import type { CardFonts, Weight } from './fonts.ts'
import { wrapText } from './layout.ts'

export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 630

// The light scheme of the theme (theme/styles/layout.css and VitePress's defaults).
const BRAND = '#6d28d9' // --vp-c-brand-1
const BRAND_GRADIENT = 'linear-gradient(120deg, #7c3aed 20%, #db2777)' // the home page's hero name
const BRAND_SOFT = 'rgba(124, 58, 237, 0.14)'
const TEXT_1 = '#3c3c43'
const TEXT_2 = '#67676c'

const PADDING_X = 72
const CONTENT_WIDTH = CARD_WIDTH - 2 * PADDING_X

/** How each block of text is set: size, weight, line height and how many lines it may take. */
export const TEXT_STYLES = {
  title: { size: 60, weight: 700, lineHeight: 76, maxLines: 3 },
  description: { size: 30, weight: 400, lineHeight: 44, maxLines: 3 },
} as const satisfies Record<string, { size: number; weight: Weight; lineHeight: number; maxLines: number }>

/** The lines each block is drawn in: wrapped to the content width, ellipsised past its lines. */
function cardLines(text: CardText, fonts: CardFonts): { title: string[]; description: string[] } {
  const lines = (value: string, style: (typeof TEXT_STYLES)[keyof typeof TEXT_STYLES]) =>
    wrapText(value, { maxWidth: CONTENT_WIDTH, maxLines: style.maxLines, measure: (s) => fonts.measure(s, style.size, style.weight) }).lines
  return { title: lines(text.title, TEXT_STYLES.title), description: lines(text.description, TEXT_STYLES.description) }
}

const LOGO = `data:image/svg+xml;base64,${readFileSync(new URL('../../public/logo.svg', import.meta.url)).toString('base64')}`

interface Node {
  type: string
  props: Record<string, unknown>
}
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type, props: { style, children } })

/** The card's tree for satori. */
function cardTree(text: CardText, lines: ReturnType<typeof cardLines>, site: { name: string; host: string }, family: string): Node {
  const block = (items: string[], style: (typeof TEXT_STYLES)[keyof typeof TEXT_STYLES], color: string) =>
    items.map((line) =>
      h('div', { display: 'flex', fontSize: style.size, fontWeight: style.weight, lineHeight: `${style.lineHeight}px`, height: style.lineHeight, color, whiteSpace: 'pre' }, line),
    )
  return h(
    'div',
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: family },
    h('div', { height: 12, backgroundImage: BRAND_GRADIENT }),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `48px ${PADDING_X}px 44px` },
      h(
        'div',
        { display: 'flex', alignItems: 'center', height: 64 },
        { type: 'img', props: { src: LOGO, width: 56, height: 56, style: { marginRight: 18 } } },
        h('div', { fontSize: 34, fontWeight: 700, color: TEXT_1 }, site.name),
        ...(text.label
          ? [h('div', { marginLeft: 'auto', padding: '6px 20px', borderRadius: 999, background: BRAND_SOFT, color: BRAND, fontSize: 26, fontWeight: 700 }, text.label)]
          : []),
      ),
      h(
        'div',
        { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, padding: '16px 0' },
        ...block(lines.title, TEXT_STYLES.title, TEXT_1),
        ...(lines.description.length ? [h('div', { height: 20 })] : []),
        ...block(lines.description, TEXT_STYLES.description, TEXT_2),
      ),
      h('div', { display: 'flex', fontSize: 26, fontWeight: 700, color: BRAND }, site.host),
    ),
  )
}

/** The card as PNG bytes: the same text and fonts give the same bytes on any machine. */
export async function renderCard(text: CardText, site: { name: string; host: string }, fonts: CardFonts): Promise<Buffer> {
  // Loaded on first use, not with the config: a build whose cards are all cached never loads them.
  const [{ default: satori }, { default: sharp }] = await Promise.all([import('satori'), import('sharp')])
  const svg = await satori(cardTree(text, cardLines(text, fonts), site, fonts.family) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fonts.satori,
  })
  // A 256-colour palette: flat colours and anti-aliased text need no more, and the card stays far below 80 KB.
  // The least quantisation effort: a tenth of the time of the default for about 10 % more bytes (BENCHMARKS.md).
  return sharp(Buffer.from(svg)).png({ palette: true, effort: 1, compressionLevel: 9 }).toBuffer()
}
