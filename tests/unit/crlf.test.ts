// Windows line endings: every reader of our text files gives the same result for a CRLF copy as for the file
// itself (Git for Windows checks out with CRLF unless .gitattributes says otherwise; editors paste it anyway).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { collectGlossary, glossaryFiles, jargonRows } from '../../docs/.vitepress/glossary/collect.ts'
import { siteRedirects } from '../../docs/.vitepress/deploy/redirects.ts'
import { toLf } from '../../docs/.vitepress/text.ts'
import { isVercelJsonCurrent, renderVercelJson, vercelConfig } from '../../docs/.vitepress/deploy/vercel-config.ts'
import { findMarkdownImages } from '../../scripts/lib/markdown-images.ts'
import { findMarkdownLinks } from '../../scripts/lib/markdown-links.ts'
import { readFixtures } from '../markdown/fixtures.ts'
import { checkImageFixture, checkLinkFixture } from '../support/checker-fixtures.ts'

const TEXT = /\.(md|txt|json)$/
const temp = mkdtempSync(join(tmpdir(), 'aidraw-crlf-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n')
/** A finding's file from `marker` on, so findings in the copy and in the original compare equal. */
const after = (file: string, marker: string) => file.replace(/\\/g, '/').split(marker).pop()!

/** A copy of `dir` whose text files use CRLF; returns where it is. */
function crlfCopy(dir: string, name: string): string {
  const to = join(temp, name)
  // The site's own .vitepress folder (config, build output) is not content.
  cpSync(dir, to, { recursive: true, filter: (src) => !relative(dir, src).split(sep).includes('.vitepress') })
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (TEXT.test(entry)) writeFileSync(path, crlf(readFileSync(path, 'utf8')))
    }
  }
  walk(to)
  return to
}

describe('CRLF input reads like LF input', () => {
  it('toLf turns CRLF and lone CR into LF and drops a byte-order mark', () => {
    expect(toLf('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n')
  })

  it('markdown-it fixture files split into the same cases', () => {
    const file = 'tests/markdown/fixtures/admonition.txt'
    const copy = join(temp, 'admonition.txt')
    writeFileSync(copy, crlf(readFileSync(file, 'utf8')))
    const lf = readFixtures(file)
    expect(lf.length).toBeGreaterThan(40)
    expect(readFixtures(copy)).toEqual(lf)
  })

  it('the glossary collector reads front matter and jargon rows alike', () => {
    const glossary = crlfCopy('docs/glossary', 'glossary')
    const lf = collectGlossary(glossaryFiles())
    expect(lf.some((e) => e.kind === 'jargon-row')).toBe(true)
    expect(collectGlossary(glossaryFiles(glossary))).toEqual(lf)
    const jargon = readFileSync('docs/glossary/jargon.md', 'utf8')
    expect(jargonRows(crlf(jargon))).toEqual(jargonRows(jargon))
  })

  it('names the same file:line for a bad front-matter entry', () => {
    const dir = join(temp, 'bad-glossary')
    cpSync('docs/glossary', dir, { recursive: true })
    const bad = '---\ntitle: 坏\nterm: 坏\nsummary: 一句话。两句话。\n---\n\n# 坏\n'
    writeFileSync(join(dir, 'bad.md'), bad)
    const lfError = (() => { try { collectGlossary(glossaryFiles(dir)) } catch (e) { return (e as Error).message } })()
    writeFileSync(join(dir, 'bad.md'), crlf(bad))
    const crlfError = (() => { try { collectGlossary(glossaryFiles(dir)) } catch (e) { return (e as Error).message } })()
    expect(lfError).toMatch(/bad\.md:4:/)
    expect(crlfError).toBe(lfError)
  })

  it('redirects and vercel.json come out the same', () => {
    const docs = crlfCopy('docs', 'docs')
    expect(siteRedirects(docs)).toEqual(siteRedirects('docs'))
    const wanted = renderVercelJson(vercelConfig('docs'))
    expect(renderVercelJson(vercelConfig(docs))).toBe(wanted)
    expect(isVercelJsonCurrent(crlf(wanted), wanted)).toBe(true)
  })

  it('Markdown links and images keep their line and column', () => {
    const source = readFileSync('tests/fixtures/images-site/docs/guide/gallery.md', 'utf8')
    expect(findMarkdownImages(crlf(source), 'x.md')).toEqual(findMarkdownImages(source, 'x.md'))
    expect(findMarkdownLinks(crlf(source), 'x.md')).toEqual(findMarkdownLinks(source, 'x.md'))
  })

  it('the link checker names the same file:line:col', async () => {
    const src = crlfCopy('tests/fixtures/links-site/src', 'links/src')
    const run = (srcDir: string) =>
      checkLinkFixture(srcDir).then(({ findings }) => findings.map((f) => `${after(f.file, 'src/')}:${f.line}:${f.col} ${f.code} ${f.url}`).sort())
    const lf = await run('tests/fixtures/links-site/src')
    expect(lf.filter((f) => f.startsWith('guide/')).length).toBeGreaterThan(5)
    expect(await run(src)).toEqual(lf)
  })

  it('the image checker names the same file:line:col', async () => {
    const site = crlfCopy('tests/fixtures/images-site', 'images/images-site')
    const run = (dir: string) =>
      checkImageFixture(dir).then(({ findings }) => findings.map((f) => `${after(f.file, 'images-site/')}:${f.line}:${f.col} ${f.code}`).sort())
    const lf = await run('tests/fixtures/images-site')
    expect(lf.length).toBeGreaterThan(5)
    expect(await run(site)).toEqual(lf)
  })
})
