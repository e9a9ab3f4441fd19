// The fonts that arrive with `npm ci` (Noto Sans SC and Noto Sans Mono, OFL-1.1), never the machine's: the share cards
// draw with the first; the PDF and the visual tests' screenshots use both (scripts/lib/bundled-fonts.ts).
export const FONT_PACKAGES = {
  sc: '@fontsource-variable/noto-sans-sc',
  mono: '@fontsource-variable/noto-sans-mono',
} as const
