// The shallow-clone guard: a real shallow clone is deepened, one that cannot be deepened stops the build.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ensureGitHistory } from '../../docs/.vitepress/deploy/git-history.ts'

const root = mkdtempSync(join(tmpdir(), 'deploy-git-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  }).trim()

const origin = join(root, 'origin')
git(root, 'init', '-q', '-b', 'main', origin)
for (const n of [1, 2, 3]) {
  writeFileSync(join(origin, `page${n}.md`), `# ${n}\n`)
  git(origin, 'add', '.')
  git(origin, 'commit', '-q', '-m', `page ${n}`)
}
const shallowClone = (name: string) => {
  const dir = join(root, name)
  git(root, 'clone', '-q', '--depth', '1', `file://${origin}`, dir)
  expect(git(dir, 'rev-parse', '--is-shallow-repository')).toBe('true')
  return dir
}

describe('ensureGitHistory', () => {
  it('leaves a full clone alone', () => {
    expect(ensureGitHistory({ cwd: origin, env: {} })).toBe('complete')
  })
  it('deepens a shallow clone whose remote is reachable', () => {
    const dir = shallowClone('deepen')
    expect(ensureGitHistory({ cwd: dir, env: {} })).toBe('deepened')
    expect(git(dir, 'rev-list', '--count', 'HEAD')).toBe('3')
  })
  it('stops with what to set on Vercel when the remote is gone', () => {
    const dir = shallowClone('vercel')
    git(dir, 'remote', 'set-url', 'origin', join(root, 'missing'))
    expect(() => ensureGitHistory({ cwd: dir, env: { VERCEL: '1' } })).toThrow(/shallow git clone.*VERCEL_DEEP_CLONE=true/s)
    expect(git(dir, 'rev-parse', '--is-shallow-repository')).toBe('true')
  })
  it('builds anyway, shallow, only when asked to', () => {
    const dir = shallowClone('allowed')
    git(dir, 'remote', 'set-url', 'origin', join(root, 'missing'))
    expect(ensureGitHistory({ cwd: dir, env: { ALLOW_SHALLOW_CLONE: '1' } })).toBe('allowed-shallow')
  })
  it('stops outside a git checkout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-nogit-'))
    expect(() => ensureGitHistory({ cwd: dir, env: {} })).toThrow(/not a git checkout/)
    rmSync(dir, { recursive: true })
  })
})
