// Runs one of our TypeScript commands the way npm does (node + tsx), for tests of exit codes and output.
import { execFile } from 'node:child_process'

export interface ScriptRun {
  code: number
  stdout: string
  stderr: string
}

/** `node --import tsx <script> …args` in the repository root, without colours, bounded in time. */
export function runScript(script: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { env: { ...process.env, NO_COLOR: '1', ...options.env }, timeout: options.timeoutMs ?? 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    )
  })
}
