// The check-links command as CI runs it: exit codes, --json, --format github, --help, --external, the cache.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startFaultFarm, type FaultFarm } from '../../scripts/test-support/fault-farm.ts'
import { main } from '../../scripts/check-links.ts'
import { UsageError } from '../../scripts/lib/exit-codes.ts'
import { runScript, type ScriptRun } from '../support/run-script.ts'

const FIXTURE = ['--src', 'tests/fixtures/links-site/src', 'tests/fixtures/links-site/dist']

const checkLinks = (...args: string[]) => runScript('scripts/check-links.ts', args)

describe('offline', () => {
  it('exits 1 on broken links and prints one finding a line, then the summary', async () => {
    const run = await checkLinks(...FIXTURE)
    expect(run.code).toBe(1)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toContain(
      'tests/fixtures/links-site/src/guide/start.md:9:15 error missing-page ./old-page (旧页面) — no page /aidraw/guide/old-page in the built site',
    )
    expect(lines.at(-1)).toMatch(/^8 pages, \d+ links, \d+ unique URLs, 11 broken, 0 warnings, [\d.]+ s$/)
    // No progress line when stderr is not a terminal.
    expect(run.stderr).toBe('')
  })

  it('prints one JSON document with --json', async () => {
    const run = await checkLinks('--json', ...FIXTURE)
    expect(run.code).toBe(1)
    const doc = JSON.parse(run.stdout) as Record<string, unknown>
    expect(Object.keys(doc).sort()).toEqual(['exitCode', 'findings', 'schemaVersion', 'summary', 'tool'])
    expect(doc).toMatchObject({ schemaVersion: 1, tool: 'check-links', exitCode: 1 })
    const summary = doc.summary as Record<string, unknown>
    expect(summary).toMatchObject({ errors: 11, warnings: 0, counts: { pages: 8 } })
    expect(typeof summary.seconds).toBe('number')
    const findings = doc.findings as Record<string, unknown>[]
    expect(findings).toHaveLength(11)
    for (const f of findings) {
      expect(f).toEqual(
        expect.objectContaining({
          file: expect.any(String),
          line: expect.any(Number),
          col: expect.any(Number),
          severity: expect.stringMatching(/^(error|warning)$/),
          code: expect.any(String),
          message: expect.any(String),
          url: expect.any(String),
        }),
      )
    }
  })

  it('writes GitHub Actions annotations with --format github', async () => {
    const run = await checkLinks('--format', 'github', ...FIXTURE)
    expect(run.code).toBe(1)
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::'))
    expect(annotations).toHaveLength(11)
    expect(annotations).toContain(
      '::error file=tests/fixtures/links-site/src/index.md,line=11,col=13,title=missing-page::/guide/gone (已删除) — no page /aidraw/guide/gone in the built site',
    )
    for (const line of annotations) expect(line).toMatch(/^::error file=[^,]+,line=\d+,col=\d+,title=[\w-]+::/)
  })

  it('documents every option in --help and exits 0', async () => {
    const run = await checkLinks('--help')
    expect(run.code).toBe(0)
    for (const option of ['--external', '--json', '--format', '--concurrency', '--per-host', '--timeout', '--retries', '--config', '--src', '--base', '--no-cache', 'Exit codes']) {
      expect(run.stdout).toContain(option)
    }
  })

  it('exits 2 on a usage mistake, with a message on stderr', async () => {
    const run = await checkLinks('--concurrency', '0', ...FIXTURE)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('check-links: --concurrency needs a whole number ≥ 1 (got "0")\nRun with --help for usage.\n')
  })

  it('calls unknown flags, missing folders and a missing named config usage mistakes', async () => {
    const mistakes = [
      ['--frobnicate', ...FIXTURE],
      ['--src', 'tests/fixtures/links-site/src', 'no/such/dist'],
      ['--config', 'no-such-config.json', ...FIXTURE],
      ['--src', 'no/such/src', 'tests/fixtures/links-site/dist'],
    ]
    for (const argv of mistakes) await expect(main(argv), argv.join(' ')).rejects.toThrow(UsageError)
  })
})

/** Runs the command in this process (no start-up cost), capturing what it prints. */
async function mainCapturing(...argv: string[]): Promise<ScriptRun> {
  let stdout = ''
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  })
  try {
    return { code: await main(argv), stdout, stderr: '' }
  } finally {
    spy.mockRestore()
  }
}

describe('--external against the loopback fault farm', () => {
  let farm: FaultFarm
  let dir: string

  beforeAll(async () => {
    farm = await startFaultFarm()
    dir = mkdtempSync(join(tmpdir(), 'check-links-cli-'))
  })
  afterAll(async () => {
    await farm.close()
    rmSync(dir, { recursive: true, force: true })
  })

  /** A one-page site whose Markdown and built HTML link to the given farm URLs. */
  function site(name: string, urls: string[]): string[] {
    const root = join(dir, name)
    mkdirSync(join(root, 'src'), { recursive: true })
    mkdirSync(join(root, 'dist'), { recursive: true })
    writeFileSync(join(root, 'src/index.md'), '# 外链\n\n' + urls.map((u, i) => `- [链接 ${i}](${u})`).join('\n') + '\n')
    const items = urls.map((u, i) => `<li><a href="${u}">链接 ${i}</a></li>`).join('')
    writeFileSync(join(root, 'dist/index.html'), `<html><body><div class="vp-doc"><h1 id="外链">外链</h1><ul>${items}</ul></div></body></html>`)
    return ['--src', join(root, 'src'), join(root, 'dist')]
  }

  it('exits 0 when the only findings are warnings (a permanent redirect)', async () => {
    const run = await checkLinks('--external', '--no-cache', '--timeout', '2000', ...site('warn', [farm.url('ok'), farm.url('moved')]))
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/src\/index\.md:4:10 warning redirect http:\/\/127\.0\.0\.1:\d+\/old \(链接 1\) — moved permanently to http:\/\/127\.0\.0\.1:\d+\/new/)
  })

  it('exits 1 on a dead remote link, reported at its Markdown line', async () => {
    const run = await mainCapturing('--external', '--no-cache', '--json', ...site('dead', [farm.url('ok'), farm.url('not-found')]))
    expect(run.code).toBe(1)
    const doc = JSON.parse(run.stdout) as { findings: { file: string; line: number; code: string }[] }
    expect(doc.findings.map((f) => `${f.file.split('/').slice(-2).join('/')}:${f.line} ${f.code}`)).toEqual(['src/index.md:4 404'])
  })

  it('keeps good answers in the cache for the next run and asks again about failures', async () => {
    const args = site('cache', [farm.url('ok'), farm.url('gone')])
    const config = join(dir, 'cache-config.json')
    writeFileSync(config, JSON.stringify({ cache: { file: join(dir, 'cache.json'), ttlHours: 1 } }))
    farm.reset()
    const first = await mainCapturing('--external', '--config', config, ...args)
    expect(first.code).toBe(1)
    expect(farm.log.filter((r) => r.name === 'ok')).toHaveLength(1)
    const second = await mainCapturing('--external', '--config', config, ...args)
    expect(second.code).toBe(1)
    expect(second.stdout).toMatch(/1 cached answer,/)
    expect(farm.log.filter((r) => r.name === 'ok')).toHaveLength(1) // not asked again
    expect(farm.log.filter((r) => r.name === 'gone')).toHaveLength(2) // asked both times
  })

  it('leaves remote links alone without --external', async () => {
    farm.reset()
    const run = await mainCapturing('--no-cache', ...site('offline', [farm.url('not-found')]))
    expect(run.code).toBe(0)
    expect(farm.log).toHaveLength(0)
  })
})
