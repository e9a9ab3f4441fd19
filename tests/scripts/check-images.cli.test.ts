// The check-images command as CI runs it: exit codes, --json, --format github, --help, usage errors, the guide itself.
import { describe, expect, it } from 'vitest'
import { runScript } from '../support/run-script.ts'

const SITE = ['--config', 'tests/fixtures/images-site/image-hosts.config.json', 'tests/fixtures/images-site/docs']
const CLEAN = ['--config', 'tests/fixtures/images-clean/image-hosts.config.json', 'tests/fixtures/images-clean/docs']

const checkImages = (...args: string[]) => runScript('scripts/check-images.ts', args)

describe('check-images', () => {
  it('exits 1 on errors, one finding a line, then the summary', async () => {
    const run = await checkImages(...SITE)
    expect(run.code).toBe(1)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toContain(
      'tests/fixtures/images-site/docs/guide/gallery.md:16:9 error missing-alt /images/ok.png — no alt text: describe what the image shows (for readers who cannot see it, and when it fails to load)',
    )
    expect(lines.at(-1)).toMatch(/^2 pages, 13 images, 7 local images, 5 remote images, 1 inline image, 8 errors, 1 warning, [\d.]+ s$/)
    expect(run.stderr).toBe('')
  })

  it('exits 0 on a clean tree', async () => {
    const run = await checkImages(...CLEAN)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^2 pages, 5 images, 4 local images, 1 remote image, 0 errors, 0 warnings/)
  })

  it('prints one JSON document with --json', async () => {
    const run = await checkImages('--json', ...SITE)
    expect(run.code).toBe(1)
    const doc = JSON.parse(run.stdout) as { tool: string; exitCode: number; summary: { errors: number; warnings: number }; findings: { code: string }[] }
    expect(doc).toMatchObject({ schemaVersion: 1, tool: 'check-images', exitCode: 1, summary: { errors: 8, warnings: 1 } })
    expect(new Set(doc.findings.map((f) => f.code))).toEqual(
      new Set(['blocked-host', 'unknown-host', 'slow-host', 'insecure-url', 'missing-alt', 'meaningless-alt', 'too-large', 'no-dimensions', 'missing-file']),
    )
  })

  it('writes GitHub Actions annotations with --format github', async () => {
    const run = await checkImages('--format', 'github', ...SITE)
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::'))
    expect(annotations).toHaveLength(9)
    expect(annotations).toContain(
      '::warning file=tests/fixtures/images-site/docs/guide/gallery.md,line=6,col=16,title=slow-host::https://slow.example.net/path.png (山间小路) — slow.example.net loads slowly in mainland China (fixture: a host that loads slowly); consider moving it into docs/public/images (npm run images:localize)',
    )
  })

  it('explains itself with --help and exits 2 on usage mistakes', async () => {
    const help = await checkImages('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: npm run check:images')
    expect(help.stdout).toContain('--network')
    const bad = await checkImages('--concurrency', 'many', ...CLEAN)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--concurrency needs a whole number/)
    const typo = await checkImages('--config', 'tests/fixtures/images-site/README.md', 'tests/fixtures/images-clean/docs')
    expect(typo.code).toBe(2)
    expect(typo.stderr).toMatch(/not valid JSON/)
  })

  it('passes on the guide: every image is the site’s own', async () => {
    const run = await checkImages()
    expect(run.stdout).toMatch(/\b0 remote images, 0 errors, 0 warnings/)
    expect(run.code).toBe(0)
  })
})
