// `npm run pdf` on the real build: every page, a table of contents and an outline, text a reader can copy, and
// links that stay inside the PDF. Needs a build: npm test runs it after its build phase with PDF_DIST set.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { DomUtils, parseDocument } from 'htmlparser2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sidebarPages } from '../../docs/.vitepress/config/sidebar-pages.ts'
import { bookPages } from '../../scripts/lib/pdf-pages.ts'
import { type PdfContents, readPdf } from '../../scripts/lib/pdf-read.ts'

const dist = process.env.PDF_DIST ?? 'docs/.vitepress/dist'
const run = promisify(execFile)
const tmp = mkdtempSync(join(tmpdir(), 'aidraw-pdf-'))
// Exact text: the PDF is printed with the bundled fonts (scripts/lib/bundled-fonts.ts), whose files map each glyph
// back to one character. With a system CJK font, Chromium wrote some ideographs as radicals (人 as U+2F08).
const squash = (text: string) => text.replace(/\s+/g, '')
const isContents = (text: string) => squash(text).includes('目录')

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('npm run pdf without a build', () => {
  it('stops with one line that names the command to run first', async () => {
    const error = await run('npx', ['tsx', 'scripts/pdf.ts', '--dist', join(tmp, 'no-build'), '--out', join(tmp, 'none.pdf')]).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 2 })
    const stderr = (error as { stderr: string }).stderr.trim()
    expect(stderr.split('\n')).toHaveLength(1)
    expect(stderr).toContain('npm run build')
    expect(existsSync(join(tmp, 'none.pdf'))).toBe(false)
  })
})

describe.skipIf(!existsSync(join(dist, 'index.html')))('the guide as a PDF', () => {
  let pdf: PdfContents
  const out = join(tmp, 'aidraw.pdf')

  beforeAll(async () => {
    await run('npx', ['tsx', 'scripts/pdf.ts', '--dist', dist, '--out', out], { timeout: 110_000 })
    pdf = await readPdf(out)
  }, 120_000)

  it('has more PDF pages than the guide has pages (cover and contents come first)', () => {
    expect(pdf.pageCount).toBeGreaterThan(bookPages().length + 1)
  })

  it('lists every sidebar page in its table of contents, and bookmarks at least one heading per page', () => {
    const tocPage = pdf.pageTexts.findIndex(isContents)
    expect(tocPage).toBeGreaterThan(0)
    const toc = squash(pdf.pageTexts.slice(tocPage, tocPage + 2).join(''))
    const missing = sidebarPages().filter((page) => !toc.includes(squash(page.text)))
    expect(missing).toEqual([])
    expect(pdf.outline).toContain('目录')
    expect(pdf.outline.length).toBeGreaterThanOrEqual(bookPages().length + 1)
  })

  it('has text a reader can search and copy: a Chinese sentence of every page is found', () => {
    const text = squash(pdf.pageTexts.join(''))
    const notFound: string[] = []
    for (const { link } of sidebarPages()) {
      const file = join(dist, link.endsWith('/') ? `${link}index.html` : `${link}.html`)
      const doc = parseDocument(readFileSync(file, 'utf8'))
      const content = DomUtils.findOne((el) => /\bvp-doc\b/.test(el.attribs.class ?? ''), doc.children)
      const paragraphs = content ? DomUtils.findAll((el) => el.name === 'p', content.children) : []
      // The longest run of Chinese in the page's paragraphs: no Latin words whose spaces the PDF may drop.
      const sentence = paragraphs
        .flatMap((p) => squash(DomUtils.textContent(p)).match(/[\u4e00-\u9fff，。、；：]{6,}/g) ?? [])
        .sort((a, b) => b.length - a.length)[0]
      if (sentence && !text.includes(sentence)) notFound.push(`${link}: ${sentence}`)
    }
    expect(notFound).toEqual([])
  })

  it('links to its own pages: the contents page has links to places inside the PDF', () => {
    const tocPage = pdf.pageTexts.findIndex(isContents) + 1
    const internal = pdf.links.filter((link) => link.dest !== undefined)
    expect(internal.filter((link) => link.page === tocPage).length).toBe(bookPages().length)
    expect(internal.some((link) => link.page > tocPage)).toBe(true)
    expect(pdf.links.filter((link) => link.url?.startsWith('http://127.0.0.1'))).toEqual([])
  })
})
