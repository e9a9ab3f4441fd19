// Bad config files (links.config.json, image-hosts.config.json, budgets.json): through the library and the command, each names file, key path, expected and found, and exits 2.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { budgetConfig } from '../../scripts/check-budget.ts'
import { loadCheckerConfig } from '../../scripts/lib/checker-config.ts'
import { UsageError } from '../../scripts/lib/exit-codes.ts'
import { loadImageConfig } from '../../scripts/lib/image-policy.ts'
import { LINKS_SITE } from '../support/checker-fixtures.ts'
import { runScript } from '../support/run-script.ts'

interface BadConfig {
  kind: string
  json: unknown
  /** What the message must say after `config <file>: `. */
  says: string
}

interface Checked {
  name: string
  /** The command and its arguments before `--config FILE`. */
  command: string[]
  load: (file: string) => Promise<unknown>
  cases: BadConfig[]
}

const CONFIGS: Checked[] = [
  {
    name: 'links.config.json',
    command: ['scripts/check-links.ts', '--src', join(LINKS_SITE, 'src'), join(LINKS_SITE, 'dist')],
    load: (file) => loadCheckerConfig(file, { required: true, cacheFile: '' }),
    cases: [
      { kind: 'wrong type', json: { botWallHosts: 'discord.gg' }, says: 'botWallHosts: expected an array of host names, found "discord.gg"' },
      { kind: 'unknown key', json: { hosts: { 'a.com': { perhost: 1 } } }, says: 'hosts["a.com"]: unknown key "perhost"' },
      { kind: 'bad value', json: { hosts: { 'a.com': { method: 'POST' } } }, says: 'hosts["a.com"].method: expected "HEAD" or "GET", found "POST"' },
    ],
  },
  {
    name: 'image-hosts.config.json',
    command: ['scripts/check-images.ts', 'tests/fixtures/images-clean/docs'],
    load: (file) => loadImageConfig(file, ''),
    cases: [
      { kind: 'wrong type', json: { imageHosts: { 'a.com': 'ok' } }, says: 'imageHosts["a.com"]: expected an object { "reach": "ok|slow|blocked", "reason": "…" }, found "ok"' },
      { kind: 'missing key', json: { imageHosts: { 'a.com': { reach: 'ok' } } }, says: 'imageHosts["a.com"]: missing key "reason"' },
      { kind: 'bad value', json: { imageHosts: { 'a.com': { reach: 'fast', reason: 'x' } } }, says: 'imageHosts["a.com"].reach: expected one of ok, slow, blocked, found "fast"' },
    ],
  },
  {
    name: 'budgets.json',
    command: ['scripts/check-budget.ts'],
    load: async (file) => budgetConfig(file),
    cases: [
      { kind: 'wrong type', json: { pages: { '/': 86 } }, says: 'pages: expected a non-empty list of { "path", "jsCssKB" }, found {"/":86}' },
      { kind: 'missing key', json: { pages: [{ path: '/' }] }, says: 'pages[0]: missing key "jsCssKB"' },
      { kind: 'bad value', json: { pages: [{ path: 'home', jsCssKB: 10 }] }, says: 'pages[0].path: expected a URL path starting with /, found "home"' },
    ],
  },
]

let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'config-schema-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

function writeConfig(name: string, kind: string, json: unknown): string {
  const file = join(dir, `${name.replace('.json', '')}-${kind.replace(' ', '-')}.json`)
  writeFileSync(file, JSON.stringify(json))
  return file
}


describe.each(CONFIGS)('$name', ({ name, command, load, cases }) => {
  it.each(cases)('$kind: the library throws a usage error naming file, key, expected and found', async ({ kind, json, says }) => {
    const file = writeConfig(name, kind, json)
    const error = await load(file).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toContain(`config ${file}: ${says}`)
  })

  it.each(cases)('$kind: the command exits 2 with the same message', async ({ kind, json, says }) => {
    const file = writeConfig(name, kind, json)
    const run = await runScript(command[0]!, ['--config', file, ...command.slice(1)])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`config ${file}: ${says}`)
  })
})
