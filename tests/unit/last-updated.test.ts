// Page dates from one `git log` pass: the same dates `git log -1` gives per file (what VitePress reads), front matter wins.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { PageData } from 'vitepress'
import { lastmodOf, readGitDates, setLastUpdated, sitemapUrl } from '../../docs/.vitepress/last-updated.ts'

const root = mkdtempSync(join(tmpdir(), 'last-updated-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const srcDir = join(root, 'docs')

// Commits a day apart, with author dates that differ from the committer dates (as after a rebase).
let day = 0
const commit = (message: string) => {
  day += 1
  const author = `2024-01-${String(day).padStart(2, '0')}T08:00:00Z`
  execFileSync('git', ['add', '-A'], { cwd: root })
  execFileSync('git', ['commit', '-q', '-m', message], {
    cwd: root,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t',
      GIT_AUTHOR_DATE: author, GIT_COMMITTER_DATE: '2025-06-01T00:00:00Z',
    },
  })
}
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true })
  writeFileSync(join(root, path), text)
}
const perFile = (path: string) => Date.parse(execFileSync('git', ['log', '-1', '--format=%aI', '--', path], { cwd: root, encoding: 'utf8' }).trim())

execFileSync('git', ['init', '-q', '-b', 'main', root])
write('docs/index.md', '# home\n')
write('docs/guide/分流地址.md', '# 分流\n')
write('docs/guide/old.md', '# old\n')
write('README.md', 'outside docs\n')
commit('first')
write('docs/guide/分流地址.md', '# 分流 v2\n')
commit('chinese page edited')
renameSync(join(root, 'docs/guide/old.md'), join(root, 'docs/guide/new.md'))
commit('rename')
write('README.md', 'changed, outside docs\n')
commit('readme')
write('docs/glossary/index.md', '# 名词\n')

const page = (relativePath: string, frontmatter: Record<string, unknown> = {}) =>
  ({ relativePath, filePath: relativePath, frontmatter, title: '', description: '', headers: [], params: {} }) as PageData

describe('readGitDates', () => {
  it('gives every committed file under the folder the date `git log -1` gives it, Chinese names included', () => {
    const dates = readGitDates(srcDir)
    // A deleted or renamed-away file keeps its last date too; no page asks for it. README.md is outside the folder.
    expect([...dates.keys()].sort()).toEqual(['guide/new.md', 'guide/old.md', 'guide/分流地址.md', 'index.md'])
    for (const path of dates.keys()) expect(dates.get(path), path).toBe(perFile(`docs/${path}`))
    expect(dates.get('guide/分流地址.md')).toBe(Date.parse('2024-01-02T08:00:00Z'))
    expect(dates.get('guide/new.md')).toBe(Date.parse('2024-01-03T08:00:00Z'))
  })
})

describe('setLastUpdated', () => {
  it('dates a page from its last commit and gives the sitemap the same date', () => {
    const data = page('guide/分流地址.md')
    setLastUpdated(data, { srcDir })
    expect(data.lastUpdated).toBe(Date.parse('2024-01-02T08:00:00Z'))
    expect(lastmodOf('guide/分流地址')).toBe('2024-01-02T08:00:00.000Z')
  })
  it('lets front matter turn the date off or set it', () => {
    const off = page('index.md', { lastUpdated: false })
    setLastUpdated(off, { srcDir })
    expect(off.lastUpdated).toBeUndefined()
    const set = page('guide/new.md', { lastUpdated: new Date('2023-05-06T00:00:00Z') })
    setLastUpdated(set, { srcDir })
    expect(set.lastUpdated).toBe(Date.parse('2023-05-06T00:00:00Z'))
  })
  it('gives a page that was never committed no date rather than a wrong one', () => {
    const data = page('glossary/index.md')
    setLastUpdated(data, { srcDir })
    expect(data.lastUpdated).toBeUndefined()
    expect(lastmodOf('glossary/')).toBeUndefined()
  })
})

describe('sitemapUrl', () => {
  it('names pages as VitePress names them in the sitemap with clean URLs', () => {
    expect(['index.md', 'glossary/index.md', 'guide/mirrors.md'].map(sitemapUrl)).toEqual(['', 'glossary/', 'guide/mirrors'])
  })
})
