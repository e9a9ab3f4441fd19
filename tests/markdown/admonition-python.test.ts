// Differential test: every fixture (and the pages using admonitions) against the real Python-Markdown + pymdownx.details.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
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

// Random documents in the shape MkDocs pages have: blocks separated by blank lines, 4-space
// indentation, list items that start with text. Tabs are left to the fixtures: Python-Markdown
// expands a tab after `>` from the start of the line, CommonMark from after the marker, which is a
// general difference between the two and not about admonitions.
type RandomBlock =
  | { kind: 'para' }
  | { kind: 'list'; items: RandomBlock[][] }
  | { kind: 'quote'; body: RandomBlock[] }
  | { kind: 'box'; marker: string; type: string; title: 'none' | 'word'; gap: boolean; body: RandomBlock[] }

const { block: randomBlock } = fc.letrec<{ block: RandomBlock; blocks: RandomBlock[] }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small' },
    fc.constant<RandomBlock>({ kind: 'para' }),
    fc.record({ kind: fc.constant('list' as const), items: fc.array(tie('blocks'), { minLength: 1, maxLength: 2 }) }),
    fc.record({ kind: fc.constant('quote' as const), body: tie('blocks') }),
    fc.record({
      kind: fc.constant('box' as const),
      marker: fc.constantFrom('!!! ', '!!!', '??? ', '???+ '),
      type: fc.constantFrom('note', 'tip', 'tldr', 'danger', 'spoiler'),
      title: fc.constantFrom('none' as const, 'word' as const),
      gap: fc.boolean(),
      body: tie('blocks'),
    }),
  ),
  blocks: fc.array(tie('block'), { maxLength: 3 }),
}))

function randomDocument(blocks: RandomBlock[]): string {
  let counter = 0
  const word = () => `w${counter++}`
  const indent = (lines: string[], by: string) => lines.map((l) => (l ? by + l : ''))
  const render = (list: RandomBlock[]): string[] =>
    list.flatMap((b, i) => [...(i > 0 ? [''] : []), ...renderBlock(b)])
  const renderBlock = (b: RandomBlock): string[] => {
    switch (b.kind) {
      case 'para':
        return [word()]
      case 'quote':
        return render(b.body).map((l) => (l ? `> ${l}` : '>'))
      case 'list':
        return b.items.flatMap((item, i) => [...(i > 0 ? [''] : []), `- ${word()}`, ...indent(['', ...render(item)], '    ')])
      case 'box': {
        const title = b.title === 'word' ? ` "${word()}"` : ''
        return [`${b.marker}${b.type}${title}`, ...(b.gap ? [''] : []), ...indent(render(b.body), '    ')]
      }
    }
  }
  return render(blocks).join('\n') + '\n'
}

const RANDOM_DOCUMENTS = fc
  .sample(fc.array(randomBlock, { minLength: 1, maxLength: 4 }), { numRuns: 400, seed: 20240611 })
  .map(randomDocument)

const reference = pythonReference()
const md = new MarkdownIt({ html: true }).use(admonitionPlugin, { warn: () => {} })

describe.skipIf(!reference.available)('admonitions match Python-Markdown', () => {
  if (!reference.available) return
  const pythonHtml = reference.render(cases.map((c) => c.input))
  const pythonRandomHtml = reference.render(RANDOM_DOCUMENTS)

  it(`runs the reference (Python-Markdown ${reference.version}); global differences: ${GLOBAL_DIFFERENCES.length}`, () => {
    expect(pythonHtml).toHaveLength(cases.length)
  })

  // Structure of our output and of Python-Markdown's, side by side.
  const both = (source: string, pythonOutput: string, compareOutside: boolean) => {
    const html = md.render(source)
    const ours = { tree: normaliseDefaultTitles(admonitionTree(html, 'ours')), outside: textOutsideAdmonitions(html, 'ours') }
    const python = { tree: admonitionTree(pythonOutput, 'python'), outside: textOutsideAdmonitions(pythonOutput, 'python') }
    return compareOutside ? { ours, python } : { ours: ours.tree, python: python.tree }
  }

  cases.forEach((testCase, i) => {
    if (testCase.difference) {
      it(`${testCase.name} — intentionally differs: ${testCase.difference}`, () => {
        const { ours, python } = both(testCase.input, pythonHtml[i]!, testCase.compareOutside)
        expect(ours).not.toEqual(python)
      })
    } else {
      it(testCase.name, () => {
        const { ours, python } = both(testCase.input, pythonHtml[i]!, testCase.compareOutside)
        expect(ours).toEqual(python)
      })
    }
  })

  it(`${RANDOM_DOCUMENTS.length} random nested documents (seeded) have the same structure and outside text`, () => {
    const mismatches = RANDOM_DOCUMENTS.filter((source, i) => {
      const { ours, python } = both(source, pythonRandomHtml[i]!, true)
      return JSON.stringify(ours) !== JSON.stringify(python)
    })
    expect(mismatches).toEqual([])
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
