// The site's style sheet loses the CSS custom properties nothing reads (docs/.vitepress/config/unused-css-variables.ts).
import type { OutputAsset, OutputBundle } from 'rollup'
import { describe, expect, it } from 'vitest'
import { unusedCssVariables, withoutUnusedVariables } from '../../docs/.vitepress/config/unused-css-variables.ts'

const SHEET =
  ':root{--used:red;--unused:blue;--only-by-unused:green;--chain:var(--only-by-unused)}' +
  '.dark{--unused:navy}' +
  '@media (min-width:640px){:root{--unused:teal}}' +
  'a{color:var(--used)}'

describe('withoutUnusedVariables', () => {
  it('removes variables no var() reads, then those only removed ones read, and the rules and media queries left empty', () => {
    const css = withoutUnusedVariables(SHEET, '')
    expect(css).toBe(':root{--used:red}a{color:var(--used)}')
  })

  it('keeps a variable another file names (a script setting it, a public style sheet reading it)', () => {
    expect(withoutUnusedVariables(SHEET, 'el.style.setProperty("--unused", "x")')).toContain('--unused:blue')
    expect(withoutUnusedVariables(SHEET, '.card{background:var(--chain)}')).toContain('--only-by-unused:green')
  })

  it('does not take a longer name for a mention of a shorter one', () => {
    expect(withoutUnusedVariables(SHEET, 'var(--unused-2)')).not.toContain('--unused:')
  })
})

describe('unusedCssVariables', () => {
  function generate(bundle: OutputBundle, ssr = false): OutputAsset[] {
    const plugin = unusedCssVariables()
    ;(plugin.configResolved as (config: object) => void)({ build: { ssr }, publicDir: '' })
    const emitted: OutputAsset[] = []
    const context = { emitFile: (file: OutputAsset) => emitted.push(file) }
    ;(plugin.generateBundle as { handler: (this: unknown, options: object, bundle: OutputBundle) => void }).handler.call(context, {}, bundle)
    return emitted
  }
  const asset = (fileName: string, source: string) => ({ type: 'asset', fileName, source }) as OutputAsset
  const chunk = (fileName: string, code: string) => ({ type: 'chunk', fileName, code }) as unknown as OutputBundle[string]

  it('writes the client build\'s sheet under a hash of what is left, so a cached copy is never taken for it', () => {
    const bundle: OutputBundle = { 'assets/style.AAAAAAAA.css': asset('assets/style.AAAAAAAA.css', SHEET), 'app.js': chunk('app.js', 'x') }
    const [written] = generate(bundle)
    expect(bundle['assets/style.AAAAAAAA.css']).toBeUndefined()
    expect(written!.fileName).toMatch(/^assets\/style\.[\w-]{8}\.css$/)
    expect(written!.fileName).not.toBe('assets/style.AAAAAAAA.css')
    expect(written!.source).toBe(':root{--used:red}a{color:var(--used)}')
    // What a script names stays, and the sheet then gets another name.
    const again = generate({ 's.css': asset('assets/style.AAAAAAAA.css', SHEET), 'app.js': chunk('app.js', '"--unused"') })
    expect(again[0]!.source).toContain('--unused:blue')
    expect(again[0]!.fileName).not.toBe(written!.fileName)
  })

  it('leaves the server build alone', () => {
    const bundle: OutputBundle = { 'style.css': asset('style.css', SHEET) }
    expect(generate(bundle, true)).toEqual([])
    expect(bundle['style.css']!.type === 'asset' && bundle['style.css']!.source).toBe(SHEET)
  })
})
