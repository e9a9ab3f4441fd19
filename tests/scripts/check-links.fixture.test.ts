// The link check on a hand-made VitePress build with planted faults: each found once, at its Markdown file:line:col.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultConfig, parseConfig } from '../../scripts/lib/checker-config.ts'
import { checkSiteLinks } from '../../scripts/lib/link-check.ts'
import { checkLinkFixture, linkFixtureOptions } from '../support/checker-fixtures.ts'

const FIXTURE = 'tests/fixtures/links-site'
const SRC = join(FIXTURE, 'src')
const DIST = join(FIXTURE, 'dist')

/** Where `written` first appears on `line` of a fixture source: the column a finding must name. */
function at(file: string, line: number, written: string, src = SRC): string {
  const text = readFileSync(join(src, file), 'utf8').split('\n')[line - 1] ?? ''
  const col = text.indexOf(written) + 1
  if (col === 0) throw new Error(`fixture drifted: "${written}" is not on ${file}:${line}`)
  return `${src}/${file}:${line}:${col}`
}

const OPTIONS = linkFixtureOptions(SRC)

function run() {
  return checkLinkFixture(SRC)
}

describe('the same build, its page written in admonitions, details, tabs and lists (src-blocks)', () => {
  it('finds each fault of the page at its line:col inside the blocks', async () => {
    const blocks = join(FIXTURE, 'src-blocks')
    const { findings } = await checkLinkFixture(blocks)
    const got = findings.filter((f) => f.file.startsWith(blocks)).map((f) => `${f.file}:${f.line}:${f.col} ${f.code} ${f.url}`)
    const b = (line: number, written: string) => at('guide/start.md', line, written, blocks)
    expect(got.sort()).toEqual(
      [
        // Details nested in an admonition.
        `${b(11, './old-page')} missing-page ./old-page`,
        // Open details in a list item.
        `${b(16, '../glossary/clip#潜在空间的用法')} missing-anchor ../glossary/clip#潜在空间的用法`,
        // Tab bodies: Markdown right under the header, raw HTML after a blank line.
        `${b(19, '/images/missing.png')} missing-file /images/missing.png`,
        `${b(23, '/aidraw/images/ok@2x.png')} missing-file /aidraw/images/ok@2x.png`,
        // A list item's text, and an admonition inside that item.
        `${b(25, '/aidraw/glossary/')} double-base /aidraw/glossary/`,
        `${b(28, '/glossary/clip')} outside-base /glossary/clip`,
        // A list inside an admonition.
        `${b(31, 'mailto:editor@@example')} bad-mailto mailto:editor@@example`,
      ].sort(),
    )
  })
})

describe('fixture site with planted faults', () => {
  it('finds each planted fault once, at the Markdown file:line:col, and nothing else', async () => {
    const { findings } = await run()
    const got = findings.filter((f) => !f.file.startsWith(DIST)).map((f) => `${f.file}:${f.line}:${f.col} ${f.code} ${f.url}`)
    expect(got.sort()).toEqual(
      [
        // Missing page, relative link.
        `${at('guide/start.md', 9, './old-page')} missing-page ./old-page`,
        // Missing anchor under a Chinese heading (the page has #潜在空间, not #潜在空间的用法).
        `${at('guide/start.md', 11, '../glossary/clip#潜在空间的用法')} missing-anchor ../glossary/clip#潜在空间的用法`,
        // Markdown image whose file is not in the build.
        `${at('guide/start.md', 13, '/images/missing.png')} missing-file /images/missing.png`,
        // One bad candidate in an otherwise good srcset.
        `${at('guide/start.md', 15, '/aidraw/images/ok@2x.png')} missing-file /aidraw/images/ok@2x.png`,
        // Base written in a Markdown link, where VitePress adds it again.
        `${at('guide/start.md', 17, '/aidraw/glossary/')} double-base /aidraw/glossary/`,
        // Raw HTML link without the base.
        `${at('guide/start.md', 19, '/glossary/clip')} outside-base /glossary/clip`,
        `${at('guide/start.md', 21, 'mailto:editor@@example')} bad-mailto mailto:editor@@example`,
        // Frontmatter (hero action) link.
        `${at('index.md', 11, '/guide/gone')} missing-page /guide/gone`,
        // Inside a file pulled in with <!--@include: ../shared/notice.md{3,}-->: its own line 5.
        `${at('shared/notice.md', 5, '/about/terms')} missing-page /about/terms`,
      ].sort(),
    )
  })

  it('reports a broken sidebar link once, against the built page, saying where it comes from', async () => {
    const { findings } = await run()
    const theme = findings.filter((f) => f.file.startsWith(DIST) && f.url === '/aidraw/glossary/removed')
    expect(theme).toHaveLength(1)
    expect(theme[0]).toMatchObject({ file: `${DIST}/about/license.html`, code: 'missing-page', text: '已移除的术语' })
    expect(theme[0]!.line).toBeGreaterThan(0)
    expect(theme[0]!.note).toMatch(/theme.*also on 3 other pages/)
  })

  it('checks where a redirect stub (meta refresh) sends readers', async () => {
    const { findings } = await run()
    const stubs = findings.filter((f) => f.file.startsWith(`${DIST}/old/`))
    expect(stubs.map((f) => `${f.file}:${f.line} ${f.code} ${f.url}`)).toEqual([
      `${DIST}/old/clip.html:6 missing-page /aidraw/glossary/clip-renamed`,
    ])
    expect(stubs[0]!.note).toMatch(/no Markdown source/)
    expect(findings.filter((f) => f.file.startsWith(DIST))).toHaveLength(2)
  })

  it('passes the links that are fine: clean URLs, directory indexes, encoded Chinese anchors, {#custom} ids, base root', async () => {
    const { findings, counts } = await run()
    const flagged = new Set(findings.map((f) => f.url))
    for (const good of ['../glossary/clip', '../glossary/clip#潜在空间', '../glossary/clip#custom-id', '#开始', '#local-section', '/logo.svg', '../glossary/index.md', '/glossary/']) {
      expect(flagged.has(good), good).toBe(false)
    }
    expect(counts.pages).toBe(8)
    expect(counts.links).toBeGreaterThan(100)
  })

  it('skips links matching an ignore pattern, internal ones by their site path', async () => {
    const config = parseConfig({ ignore: ['^/aidraw/guide/(old-page|gone)$', 'ok@2x'] }, 'test', defaultConfig(''))
    const { findings, counts } = await checkSiteLinks({ ...OPTIONS, config })
    expect(findings.map((f) => f.url)).not.toEqual(expect.arrayContaining(['./old-page']))
    expect(findings.map((f) => f.url)).not.toEqual(expect.arrayContaining(['/guide/gone']))
    expect(findings.map((f) => f.url)).not.toEqual(expect.arrayContaining(['/aidraw/images/ok@2x.png']))
    expect(findings).toHaveLength(11 - 3)
    expect(counts.ignored).toBe(3)
  })

  it('reads the base from the built asset paths, or takes it from --base', async () => {
    const wrongBase = await checkSiteLinks({ ...OPTIONS, base: '/' })
    // With base "/", every /aidraw/… link points at a folder that does not exist.
    expect(wrongBase.findings.length).toBeGreaterThan(10)
  })
})
