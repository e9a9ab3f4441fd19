// Reads fixture files in markdown-it's format: a description, then `.`-separated input and expected HTML.
//
// Conventions on top of markdown-it's: `→` stands for a tab (as in the CommonMark spec);
// `{crlf}` in the description turns the input's line endings into CRLF; `{no-eol}` drops the
// input's final newline; a description line starting `python: differs — reason` declares an
// intentional difference from Python-Markdown for the differential test.
import { readText } from '../../docs/.vitepress/text.ts'

export interface Fixture {
  /** First description line, used as the test name. */
  title: string
  /** 1-based line of the description in the fixture file, to find a failing case fast. */
  line: number
  input: string
  expected: string
  /** Why our output intentionally differs from Python-Markdown's, if it does. */
  pythonDifference?: string
}

const SEPARATOR = '.'
const PYTHON_DIFFERS = /^python: differs — (.+)$/

export function readFixtures(file: string): Fixture[] {
  const lines = readText(file).split('\n')
  const fixtures: Fixture[] = []
  let description: string[] = []
  let descriptionLine = 1

  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== SEPARATOR) {
      if (lines[i]!.trim() === '' && description.length === 0) continue
      if (description.length === 0) descriptionLine = i + 1
      description.push(lines[i]!)
      continue
    }
    const inputEnd = lines.indexOf(SEPARATOR, i + 1)
    const expectedEnd = inputEnd < 0 ? -1 : lines.indexOf(SEPARATOR, inputEnd + 1)
    if (inputEnd < 0 || expectedEnd < 0) throw new Error(`${file}:${i + 1}: unterminated fixture`)

    const flags = description.join('\n')
    let input = untab(lines.slice(i + 1, inputEnd).join('\n') + '\n')
    if (flags.includes('{no-eol}')) input = input.replace(/\n$/, '')
    if (flags.includes('{crlf}')) input = input.replace(/\n/g, '\r\n')
    const difference = description.map((d) => PYTHON_DIFFERS.exec(d)?.[1]).find(Boolean)

    fixtures.push({
      title: (description[0] ?? '').replace(/\s*\{[a-z-]+\}/g, ''),
      line: descriptionLine,
      input,
      expected: untab(lines.slice(inputEnd + 1, expectedEnd).join('\n') + '\n'),
      ...(difference ? { pythonDifference: difference } : {}),
    })
    description = []
    i = expectedEnd
  }
  return fixtures
}

function untab(text: string): string {
  return text.replace(/→/g, '\t')
}
