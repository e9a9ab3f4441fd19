// Makes sure the build sees the whole git history: VitePress dates "最后更新于" from it, a shallow clone dates every page alike.
import { execFileSync } from 'node:child_process'

export type HistoryState = 'complete' | 'deepened' | 'allowed-shallow'

export interface HistoryOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** How long `git fetch --unshallow` may take before we give up. */
  fetchTimeoutMs?: number
}

const git = (args: string[], cwd: string, timeout = 30_000) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'] }).trim()

/**
 * Deepens a shallow clone (Vercel clones 10 commits, CI checkouts often 1) or throws, saying what to set
 * on the host. `ALLOW_SHALLOW_CLONE=1` builds anyway with a warning, for throwaway previews.
 */
export function ensureGitHistory(options: HistoryOptions = {}): HistoryState {
  const cwd = options.cwd ?? process.cwd()
  const env = options.env ?? process.env
  let shallow: string
  try {
    shallow = git(['rev-parse', '--is-shallow-repository'], cwd)
  } catch {
    throw new Error(
      `${cwd} is not a git checkout, so every page's "最后更新于" would be the build time. ` +
        'Build from a git clone with its history.',
    )
  }
  if (shallow !== 'true') return 'complete'
  try {
    git(['fetch', '--unshallow', '--quiet'], cwd, options.fetchTimeoutMs ?? 120_000)
  } catch (error) {
    if (env.ALLOW_SHALLOW_CLONE === '1') {
      console.warn('warning: shallow clone kept (ALLOW_SHALLOW_CLONE=1); "最后更新于" dates are wrong in this build')
      return 'allowed-shallow'
    }
    const reason = error instanceof Error ? (error.message.split('\n').find((l) => l.trim()) ?? error.message) : ''
    throw new Error(
      `This is a shallow git clone and "git fetch --unshallow" failed (${reason}). With a shallow clone ` +
        'every page would show the same "最后更新于" date. ' +
        (env.VERCEL
          ? 'On Vercel set the environment variable VERCEL_DEEP_CLONE=true (Project Settings → Environment Variables) and redeploy.'
          : env.GITHUB_ACTIONS
            ? 'In GitHub Actions give actions/checkout "fetch-depth: 0".'
            : 'Clone without --depth, or run "git fetch --unshallow" before building.') +
        ' ALLOW_SHALLOW_CLONE=1 builds anyway, with wrong dates.',
    )
  }
  if (git(['rev-parse', '--is-shallow-repository'], cwd) === 'true') {
    throw new Error('"git fetch --unshallow" succeeded but the clone is still shallow; check the remote of this checkout')
  }
  return 'deepened'
}
