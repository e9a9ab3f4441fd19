// Reading our own text files (Markdown, fixtures, generated files) the same way on every system: UTF-8,
// no byte-order mark, LF line endings. Contributors paste from Windows editors and some hosts check out
// with CRLF despite .gitattributes; a `\r` left at a line's end would break table parsing, fixture
// splitting and comparisons, while line and column numbers stay the same after this conversion.
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'

/** CRLF and lone CR become LF; a leading byte-order mark is dropped. */
export function toLf(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

export function readText(path: string): string {
  return toLf(readFileSync(path, 'utf8'))
}

export async function readTextFile(path: string): Promise<string> {
  return toLf(await readFile(path, 'utf8'))
}
