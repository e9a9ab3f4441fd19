// The public folder's style sheets are written into the build without comments or spaces, rule for rule the same
// (docs/.vitepress/config/public-css.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { minifiedPublicCss } from '../../docs/.vitepress/config/public-css.ts'

const PRINT = `/* What the sheet is for. */
@page {
  margin: 16mm 14mm;
}

/* The address after an external link. */
.vp-doc a[href^='http']:not(.url-text)::after {
  content: ' (' attr(href) ')' !important;
  font-size: 0.85em;
}
`

let dir: string | undefined
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))

async function build(ssr = false): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'aidraw-public-css-'))
  const [publicDir, outDir] = [join(dir, 'public'), join(dir, 'dist')]
  mkdirSync(join(publicDir, 'nested'), { recursive: true })
  mkdirSync(join(outDir, 'nested'), { recursive: true })
  for (const root of [publicDir, outDir]) writeFileSync(join(root, 'nested/print.css'), PRINT)
  const plugin = minifiedPublicCss()
  ;(plugin.configResolved as (config: object) => void)({ build: { ssr, outDir }, publicDir })
  await (plugin.writeBundle as () => Promise<void>)()
  return readFileSync(join(outDir, 'nested/print.css'), 'utf8')
}

describe('minifiedPublicCss', () => {
  it('writes each public style sheet without comments and spaces, keeping `::after` and every value as written', async () => {
    const css = await build()
    expect(css.trim()).toBe('@page{margin:16mm 14mm}.vp-doc a[href^=http]:not(.url-text)::after{content:" (" attr(href) ")"!important;font-size:0.85em}')
  })

  it('leaves the server build alone', async () => {
    expect(await build(true)).toBe(PRINT)
  })
})
