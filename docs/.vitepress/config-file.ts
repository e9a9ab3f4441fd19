// Reads a JSON config file and checks it against a valibot schema: a mistake names the file, the key path, what was expected and what was found.
import { readFileSync } from 'node:fs'
import * as v from 'valibot'

/** A config file that cannot be read or does not match its schema; the message says where and what to write. */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError'
}

type AnySchema = v.GenericSchema<unknown, unknown>

/** The parsed JSON of `file`; unreadable files and bad JSON are ConfigFileErrors naming the file. */
export function readJsonFile(file: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigFileError(`cannot read config ${file}: ${(error as Error).message}`)
  }
  return parseJsonText(text, file)
}

export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new ConfigFileError(`config ${file} is not valid JSON: ${(error as Error).message}`)
  }
}

/** `raw` as the schema's output, or a ConfigFileError listing every mistake, one a line. */
export function checkSchema<S extends AnySchema>(schema: S, raw: unknown, file: string): v.InferOutput<S> {
  const result = v.safeParse(schema, raw, { abortEarly: false })
  if (result.success) return result.output
  throw new ConfigFileError(result.issues.map((issue) => `config ${file}: ${describeIssue(issue)}`).join('\n'))
}

/** `imageHosts["a.com"].reach: expected one of ok, slow, blocked, found "fast"`. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => item.key as PropertyKey)
  const isObjectKeyIssue = issue.type === 'strict_object' || issue.type === 'object' || issue.type === 'loose_object'
  if (isObjectKeyIssue && issue.expected === 'never') {
    // A key the schema does not know: usually a typo, never silently ignored.
    return `${where(keys.slice(0, -1))}unknown key ${JSON.stringify(String(keys.at(-1)))}; remove it or fix its spelling`
  }
  if (isObjectKeyIssue && issue.received === 'undefined' && keys.length > 0) {
    return `${where(keys.slice(0, -1))}missing key ${JSON.stringify(String(keys.at(-1)))}`
  }
  if (issue.type === 'raw_check' || issue.type === 'check') {
    return `${where(keys)}${issue.message}, found ${found(issue.input)}`
  }
  return `${where(keys)}expected ${issue.message}, found ${found(issue.input)}`
}

/** `pages[0].jsCssKB: ` (nothing for the top level). */
function where(keys: PropertyKey[]): string {
  let path = ''
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) path += (path ? '.' : '') + String(key)
    else path += `[${JSON.stringify(String(key))}]`
  }
  return path ? `${path}: ` : ''
}

function found(input: unknown): string {
  if (input === undefined) return 'nothing'
  const text = JSON.stringify(input) ?? String(input)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
