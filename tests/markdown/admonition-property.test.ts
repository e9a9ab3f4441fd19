// Property tests: random nesting, indentation and line endings never throw and never drop a word of text.
import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { admonitionPlugin } from '../../docs/.vitepress/markdown/admonition.ts'
import { ADMONITION_NAMES } from '../../docs/.vitepress/markdown/admonition-types.ts'
import { parseHtml } from './admonition-structure.ts'

const SEED = 20240611
const md = new MarkdownIt({ html: true }).use(admonitionPlugin, { warn: () => {} })
const plain = new MarkdownIt({ html: true })

// Words are unique per document so each one can be looked for in the output.
let counter = 0
const word = fc.constant(null).map(() => `w${(counter++).toString(36)}`)
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '))

type Block =
  | { kind: 'para'; text: string }
  | { kind: 'list'; ordered: boolean; items: Block[][] }
  | { kind: 'quote'; body: Block[] }
  | { kind: 'admonition'; marker: string; type: string; title: string | null; indent: string; gap: boolean; body: Block[] }

const indent = fc.constantFrom('    ', '    ', '    ', '\t', '     ', '  ', '   ')
const type = fc.constantFrom(...ADMONITION_NAMES, 'spoiler', 'NOTE', '注意', 'note extra-class')
const title = fc.option(fc.oneof(words, fc.constant(''), words.map((w) => `**${w}**`), words.map((w) => `${w} "q" ${w}`)))

const { block } = fc.letrec<{ block: Block; blocks: Block[] }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    words.map((text): Block => ({ kind: 'para', text })),
    fc.record({
      kind: fc.constant('admonition' as const),
      marker: fc.constantFrom('!!! ', '!!!', '??? ', '???+ ', '???'),
      type,
      title,
      indent,
      gap: fc.boolean(),
      body: tie('blocks'),
    }),
    fc.record({ kind: fc.constant('list' as const), ordered: fc.boolean(), items: fc.array(tie('blocks'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant('quote' as const), body: tie('blocks') }),
  ),
  blocks: fc.array(tie('block'), { minLength: 0, maxLength: 3 }),
}))

function render(blocks: Block[]): string[] {
  return blocks.flatMap((b, i) => [...(i > 0 ? [''] : []), ...renderBlock(b)])
}

function renderBlock(b: Block): string[] {
  switch (b.kind) {
    case 'para':
      return [b.text]
    case 'quote':
      return render(b.body).map((l) => (l ? `> ${l}` : '>'))
    case 'list':
      return b.items.flatMap((item, i) => {
        const marker = b.ordered ? `${i + 1}. ` : '- '
        const lines = render(item)
        if (lines.length === 0) return [marker.trimEnd()]
        return [`${marker}${lines[0]}`, ...lines.slice(1).map((l) => (l ? `    ${l}` : ''))]
      })
    case 'admonition': {
      const header = `${b.marker}${b.type}${b.title === null ? '' : ` "${b.title}"`}`
      return [header, ...(b.gap ? [''] : []), ...render(b.body).map((l) => (l ? b.indent + l : ''))]
    }
  }
}

function outputWords(html: string): Set<string> {
  const found = new Set<string>()
  const visit = (node: ReturnType<typeof parseHtml> | string): void => {
    if (typeof node === 'string') {
      for (const w of node.match(/w[0-9a-z]+/g) ?? []) found.add(w)
      return
    }
    for (const value of node.attrs.values()) for (const w of value.match(/w[0-9a-z]+/g) ?? []) found.add(w)
    node.children.forEach(visit)
  }
  visit(parseHtml(html))
  return found
}

const documents = fc.record({
  blocks: fc.array(block, { minLength: 1, maxLength: 4 }),
  crlf: fc.boolean(),
  finalNewline: fc.boolean(),
})

describe('random documents', () => {
  it('never throw and keep every word', () => {
    fc.assert(
      fc.property(documents, ({ blocks, crlf, finalNewline }) => {
        let source = render(blocks).join('\n') + (finalNewline ? '\n' : '')
        if (crlf) source = source.replace(/\n/g, '\r\n')
        const html = md.render(source)
        const found = outputWords(html)
        for (const w of source.match(/w[0-9a-z]+/g) ?? []) expect(found, `"${w}" lost from:\n${source}\n---\n${html}`).toContain(w)
      }),
      { seed: SEED, numRuns: 600 },
    )
  })

  it('never throw and keep every word in line soup made of marker syntax', () => {
    // A fence opens on its own line: markdown-it keeps only the first word of an info string.
    const piece = fc.constantFrom('!!!', '???', '???+', ' ', '  ', '    ', '\t', '"', 'note', 'tip', 'x', '> ', '- ', '1. ', '\n```\n', ':::', '\n', '\n', '\n    ', '\r\n', 'w1', 'w2', 'w3')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const source = pieces.join('')
        const html = md.render(source)
        const found = outputWords(html)
        for (const w of source.match(/w[0-9a-z]+/g) ?? []) expect(found).toContain(w)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('leave documents without admonition markers exactly as markdown-it renders them', () => {
    const line = fc.oneof(words, words.map((w) => `- ${w}`), words.map((w) => `> ${w}`), words.map((w) => `    ${w}`), fc.constant(''), words.map((w) => `! ${w} ?`))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const source = lines.join('\n')
        expect(md.render(source)).toBe(plain.render(source))
      }),
      { seed: SEED, numRuns: 500 },
    )
  })
})
