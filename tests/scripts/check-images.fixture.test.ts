// The image check on a fixture docs tree with one planted problem per class: each found once, at its file:line:col.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../scripts/lib/checker-config.ts'
import { checkImages } from '../../scripts/lib/image-check.ts'
import { checkImageFixture, imagePolicyOf } from '../support/checker-fixtures.ts'

const SITE = 'tests/fixtures/images-site'
const DOCS = join(SITE, 'docs')
const CLEAN = 'tests/fixtures/images-clean'
const BLOCKS = 'tests/fixtures/images-blocks'

/** Where `written` first appears on `line` of a fixture file: the place a finding must name. */
function at(file: string, line: number, written: string, docs = DOCS): string {
  const text = readFileSync(join(docs, file), 'utf8').split('\n')[line - 1] ?? ''
  const col = text.indexOf(written) + 1
  if (col === 0) throw new Error(`fixture drifted: "${written}" is not on ${file}:${line}`)
  return `${docs}/${file}:${line}:${col}`
}

describe('images in admonitions, details and tabs, read with the site grammar', () => {
  it('finds the problem of each image where the site shows one, and none in code', async () => {
    const { findings, counts } = await checkImageFixture(BLOCKS)
    const docs = join(BLOCKS, 'docs')
    const got = findings.map((f) => `${f.file}:${f.line}:${f.col} ${f.severity} ${f.code}`)
    expect(got.sort()).toEqual(
      [
        // Open details: no alt text.
        `${at('index.md', 4, '/images/ok.png', docs)} error missing-alt`,
        // Details inside an admonition inside a list item (indented 12 columns): http://.
        `${at('index.md', 10, 'http://images.example.org/path.png', docs)} error insecure-url`,
        // A tab body right under its header.
        `${at('index.md', 13, 'https://raw.githubusercontent.com', docs)} error blocked-host`,
        // Raw HTML in a tab body after a blank line.
        `${at('index.md', 17, 'https://cdn.unknown.test/dark.png', docs)} error unknown-host`,
      ].sort(),
    )
    // The tab header without quotes is text, so its body is an indented code block; the fence is code too.
    expect(counts.images).toBe(4)
  })
})

describe('fixture docs tree with one planted problem per class', () => {
  it('finds each once, at the file:line:col of the image URL, and nothing else', async () => {
    const { findings } = await checkImageFixture(SITE)
    const got = findings.map((f) => `${f.file}:${f.line}:${f.col} ${f.severity} ${f.code}`)
    expect(got.sort()).toEqual(
      [
        // Frontmatter hero image on a blocked host.
        `${at('index.md', 6, 'https://raw.githubusercontent.com')} error blocked-host`,
        // In a table cell, a host nobody classified.
        `${at('guide/gallery.md', 5, 'https://cdn.unknown.test/street.png')} error unknown-host`,
        // A host classed slow: a warning, not an error.
        `${at('guide/gallery.md', 6, 'https://slow.example.net/path.png')} warning slow-host`,
        // Inside an admonition body (indented four columns): http:// on an allowed host.
        `${at('guide/gallery.md', 12, 'http://images.example.org/sea.png')} error insecure-url`,
        // Inside a tab body: no alt text.
        `${at('guide/gallery.md', 16, '/images/ok.png')} error missing-alt`,
        // <picture>: the <img> says "image"; its <source srcset> has no alt of its own and is fine.
        `${at('guide/gallery.md', 22, '/images/ok.png')} error meaningless-alt`,
        // Relative path, over the fixture's 4 KB budget.
        `${at('guide/gallery.md', 27, './big.png')} error too-large`,
        // An SVG without width, height or viewBox.
        `${at('guide/gallery.md', 29, '/images/nosize.svg')} error no-dimensions`,
        // Reference-style image: the URL is written in the definition.
        `${at('guide/gallery.md', 31, '/images/missing.png')} error missing-file`,
      ].sort(),
    )
  })

  it('counts every image it looked at, code blocks and video sources excluded', async () => {
    const { counts } = await checkImageFixture(SITE)
    expect(counts).toMatchObject({ pages: 2, images: 13, local: 7, remote: 5, inline: 1 })
  })

  it('says what to do in each message', async () => {
    const { findings } = await checkImageFixture(SITE)
    const byCode = new Map(findings.map((f) => [f.code, f.message]))
    expect(byCode.get('unknown-host')).toMatch(/image-hosts\.config\.json/)
    expect(byCode.get('blocked-host')).toMatch(/images:localize/)
    expect(byCode.get('too-large')).toMatch(/11\.9 KB is over the 4 KB budget/)
    expect(byCode.get('missing-file')).toMatch(/public\/images\/missing\.png/)
  })

  it('passes a clean tree', async () => {
    const { findings, counts } = await checkImageFixture(CLEAN)
    expect(findings).toEqual([])
    expect(counts.images).toBe(5)
  })

  it('honours ignore patterns from the config', async () => {
    const config = { ...defaultConfig(''), ignore: [{ pattern: /unknown\.test|raw\.githubusercontent/, reason: 'test' }] }
    const { findings, counts } = await checkImages({
      srcDir: DOCS,
      policy: imagePolicyOf(SITE),
      config,
      network: false,
      concurrency: 2,
      perHost: 1,
      timeoutMs: 1000,
      retries: 0,
    })
    expect(findings.map((f) => f.code)).not.toContain('unknown-host')
    expect(findings.map((f) => f.code)).not.toContain('blocked-host')
    expect(counts.ignored).toBe(2)
  })
})
