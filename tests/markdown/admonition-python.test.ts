// Differential test: every fixture (and the pages using admonitions) against the real Python-Markdown + pymdownx.details.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { admonitionPlugin } from '../../docs/.vitepress/markdown/admonition.ts'
import { resolveAdmonitionType } from '../../docs/.vitepress/markdown/admonition-types.ts'
import { admonitionTree, textOutsideAdmonitions, type AdmonitionNode } from './admonition-structure.ts'
import { readFixtures } from './fixtures.ts'
import { pythonReference } from './python-reference.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * Differences that hold for every case, applied before comparing. Case-specific ones are
 * declared in the fixture file (`python: differs — reason`) and asserted to still differ.
 */
const GLOBAL_DIFFERENCES = [
  'Default titles are Chinese, from the type table (`!!! note` → 注意), where Python-Markdown capitalises the type word (Note).',
]

const cases = [
  ...readFixtures(here('./fixtures/admonition.txt')).map((f) => ({
    name: `admonition.txt:${f.line} ${f.title}`,
    input: f.input,
    difference: f.pythonDifference,
    compareOutside: true,
  })),
  ...['../../docs/guide/sd-and-nai.md', '../../docs/contributing/admonitions.md'].map((page) => ({
    name: page.replace('../../', ''),
    input: readFileSync(here(page), 'utf8'),
    difference: undefined,
    // Pages also hold front matter and `:::` containers, which Python-Markdown prints as text.
    compareOutside: false,
  })),
]

const reference = pythonReference()
const md = new MarkdownIt({ html: true }).use(admonitionPlugin, { warn: () => {} })

describe.skipIf(!reference.available)('admonitions match Python-Markdown', () => {
  if (!reference.available) return
  const pythonHtml = reference.render(cases.map((c) => c.input))

  it(`runs the reference (Python-Markdown ${reference.version}); global differences: ${GLOBAL_DIFFERENCES.length}`, () => {
    expect(pythonHtml).toHaveLength(cases.length)
  })

  cases.forEach((testCase, i) => {
    const html = md.render(testCase.input)
    const structure = (tree: AdmonitionNode[], outside: string) => (testCase.compareOutside ? { tree, outside } : { tree })
    const ours = structure(normaliseDefaultTitles(admonitionTree(html, 'ours')), textOutsideAdmonitions(html, 'ours'))
    const python = structure(admonitionTree(pythonHtml[i]!, 'python'), textOutsideAdmonitions(pythonHtml[i]!, 'python'))
    if (testCase.difference) {
      it(`${testCase.name} — intentionally differs: ${testCase.difference}`, () => {
        expect(ours).not.toEqual(python)
      })
    } else {
      it(testCase.name, () => {
        expect(ours).toEqual(python)
      })
    }
  })
})

if (!reference.available) {
  describe('admonitions match Python-Markdown', () => {
    it.skip(`skipped: ${reference.reason}`, () => {})
  })
}

function normaliseDefaultTitles(nodes: AdmonitionNode[]): AdmonitionNode[] {
  return nodes.map((node) => {
    const known = resolveAdmonitionType(node.type)
    const title = known && node.title === known.title ? capitalize(node.type) : node.title
    return { ...node, title, children: normaliseDefaultTitles(node.children) }
  })
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
