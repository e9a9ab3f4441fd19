// The link check on the real guide, built by VitePress into a private folder: no findings offline.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultConfig } from '../../scripts/lib/checker-config.ts'
import { checkSiteLinks } from '../../scripts/lib/link-check.ts'
import { crawlSite } from '../../scripts/lib/site-crawl.ts'
import { SourceLocator } from '../../scripts/lib/source-locator.ts'

// LINKS_REAL_DIST=/path reuses a build (e.g. in CI after `npm run build`); otherwise the guide is built here.
let dist = process.env.LINKS_REAL_DIST ?? ''
let ownDist = false

beforeAll(async () => {
  if (dist) return
  dist = mkdtempSync(join(tmpdir(), 'links-real-'))
  ownDist = true
  await promisify(execFile)('npx', ['vitepress', 'build', 'docs', '--outDir', dist], { timeout: 150_000 })
}, 160_000)

afterAll(() => {
  if (ownDist) rmSync(dist, { recursive: true, force: true })
})

describe('the real guide', () => {
  it('has no broken internal link, image or anchor', async () => {
    const { findings, counts } = await checkSiteLinks({
      distDir: dist,
      srcDir: 'docs',
      external: false,
      concurrency: 16,
      perHost: 2,
      timeoutMs: 10_000,
      retries: 2,
      config: defaultConfig(''),
    })
    expect(findings).toEqual([])
    expect(counts.pages).toBeGreaterThanOrEqual(13)
    expect(counts.links).toBeGreaterThan(300)
  })

  it('maps every page built from Markdown to its source file', async () => {
    const site = await crawlSite(dist)
    const locator = new SourceLocator(site, resolve('docs'))
    const fromMarkdown = [...site.pages.values()].filter((page) => page.sourceKey !== undefined)
    expect(fromMarkdown.length).toBeGreaterThanOrEqual(13)
    for (const page of fromMarkdown) {
      const source = await locator.sourceFileOf(page)
      expect(source && relative('docs', source).replace(/\.md$/, '.html'), page.relPath).toBe(page.relPath)
    }
    // The pages without a source are the 404 page and redirect stubs.
    expect(site.pages.get('404.html')?.sourceKey).toBeUndefined()
    expect(site.base).toBe('/')
  })
})
