// The app icons, rasterised from docs/public/logo.svg at build time (no committed binaries): plain and maskable.
import sharp from 'sharp'
import { ICONS } from './manifest.ts'

/** Share of a maskable icon the logo may fill: the safe zone is the centred circle of 80 % of the width. */
export const MASKABLE_LOGO_SHARE = 0.6

export interface IconFile {
  fileName: string
  source: Buffer
}

/** One PNG per entry of ICONS, from the logo's SVG text. */
export async function renderIcons(logoSvg: string, background: string): Promise<IconFile[]> {
  return Promise.all(
    ICONS.map(async (icon) => {
      const size = Number(icon.sizes.split('x')[0])
      const source = icon.purpose === 'maskable' ? await maskable(logoSvg, size, background) : await plain(logoSvg, size)
      return { fileName: icon.src, source }
    }),
  )
}

function rasterise(svg: string, size: number): Promise<Buffer> {
  // A density high enough that the 64-unit viewBox is drawn at (at least) the target size, never upscaled.
  return sharp(Buffer.from(svg), { density: Math.ceil((72 * size) / 64) })
    .resize(size, size)
    .png()
    .toBuffer()
}

function plain(svg: string, size: number): Promise<Buffer> {
  return rasterise(svg, size)
}

/** The logo centred on a full-bleed square, so a launcher's circle or squircle mask never cuts into it. */
async function maskable(svg: string, size: number, background: string): Promise<Buffer> {
  const inner = Math.round(size * MASKABLE_LOGO_SHARE)
  const offset = Math.round((size - inner) / 2)
  return sharp({ create: { width: size, height: size, channels: 4, background } })
    .composite([{ input: await rasterise(svg, inner), left: offset, top: offset }])
    .png()
    .toBuffer()
}
