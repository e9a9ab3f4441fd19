// Differential test: the MkDocs-compatibility fixtures and the demo page against the real Python-Markdown + pymdownx with the book's extensions.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixtures } from './fixtures.ts'
import { MKDOCS_FIXTURES, mkdocsRenderer } from './mkdocs-renderer.ts'
import { elementTree, footnoteStructure, tabStructure, visibleText, type TabSet } from './mkdocs-structure.ts'
import { pythonReference } from './python-reference.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** What each fixture file is compared on; the markup itself differs on purpose (buttons and ARIA for tabs, Chinese labels). */
const COMPARE: Record<(typeof MKDOCS_FIXTURES)[number], (html: string, flavour: 'ours' | 'python') => unknown> = {
  tabs: (html, flavour) => tabStructure(html, flavour),
  footnotes: (html) => footnoteStructure(html),
  'attr-list': (html) => elementTree(html),
  'md-in-html': (html) => elementTree(html),
  'vue-safe': (html) => visibleText(html),
}

const cases = MKDOCS_FIXTURES.flatMap((file) =>
  readFixtures(here(`./fixtures/${file}.txt`)).map((f) => ({
    name: `${file}.txt:${f.line} ${f.title}`,
    file,
    input: f.input,
    difference: f.pythonDifference,
  })),
)

const DEMO = readFileSync(here('../../docs/contributing/mkdocs.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')
// pymdownx 9.5 (Debian's) predates `===+`; the reference gets the page with plain `===` headers.
const DEMO_FOR_PYTHON = DEMO.replace(/^(\s*)===\+ /gm, '$1=== ')

const reference = pythonReference(here('./python_mkdocs_reference.py'))
const { md } = mkdocsRenderer()

describe.skipIf(!reference.available)('MkDocs syntax matches Python-Markdown', () => {
  if (!reference.available) return
  const pythonHtml = reference.render([...cases.map((c) => c.input), DEMO_FOR_PYTHON])

  it(`runs the reference (Python-Markdown ${reference.version}) on ${cases.length} fixtures and the demo page`, () => {
    expect(pythonHtml).toHaveLength(cases.length + 1)
  })

  cases.forEach((testCase, i) => {
    const compare = COMPARE[testCase.file]
    const ours = () => compare(md.render(testCase.input), 'ours')
    const python = () => compare(pythonHtml[i]!, 'python')
    if (testCase.difference) {
      it(`${testCase.name} — intentionally differs: ${testCase.difference}`, () => {
        expect(ours()).not.toEqual(python())
      })
    } else {
      it(testCase.name, () => {
        expect(ours()).toEqual(python())
      })
    }
  })

  // The demo page as a whole: same tab sets (the selected tab aside) and footnotes. Python-Markdown
  // passes <balabala> through as an element, so the text outside them is not compared.
  it('docs/contributing/mkdocs.md has the same tab sets and footnotes', () => {
    const ours = md.render(DEMO)
    const python = pythonHtml.at(-1)!
    const titlesAndPanels = (sets: TabSet[]) => sets.map(({ titles, panels }) => ({ titles, panels }))
    expect(titlesAndPanels(tabStructure(ours, 'ours').sets)).toEqual(titlesAndPanels(tabStructure(python, 'python').sets))
    const { outside: _o, ...ourNotes } = footnoteStructure(ours)
    const { outside: _p, ...pythonNotes } = footnoteStructure(python)
    expect(ourNotes).toEqual(pythonNotes)
  })
})

if (!reference.available) {
  describe('MkDocs syntax matches Python-Markdown', () => {
    it.skip(`skipped: ${reference.reason}`, () => {})
  })
}
