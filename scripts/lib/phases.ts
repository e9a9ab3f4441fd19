// Runs the phases of a command such as `npm test` as child processes, each as soon as the phases it needs have
// passed, so independent work overlaps on a 2-core machine. Output is kept per phase and printed whole when the
// phase ends, so parallel phases never interleave their lines.
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface Phase {
  name: string
  /** The npm script to run (`npm run -s <script> -- <args>`). */
  script: string
  args?: string[]
  /** Phases that must pass first. */
  after?: string[]
  env?: Record<string, string>
}

export interface PhaseResult {
  name: string
  status: 'passed' | 'failed' | 'skipped'
  /** Wall time from start to end, in milliseconds (0 when skipped). */
  ms: number
  startedAt: number
  exitCode: number | null
  output: string
}

export interface RunOptions {
  /** Where each phase's full output is written as `<name>.log`. */
  logDir: string
  /** Called when a phase ends (or is skipped because one it needs failed). */
  onEnd?: (result: PhaseResult) => void
  /** Called every `heartbeatMs` with the phases still running, so a long wait never looks like a hang. */
  onHeartbeat?: (running: string[], elapsedMs: number) => void
  heartbeatMs?: number
}

/** npm itself, the same way on every system: through the npm that runs us when there is one. */
export function npmCommand(): { file: string; prefix: string[]; shell: boolean } {
  const npmCli = process.env.npm_execpath
  if (npmCli && /\.c?js$/.test(npmCli)) return { file: process.execPath, prefix: [npmCli], shell: false }
  return { file: 'npm', prefix: [], shell: process.platform === 'win32' }
}

function runOne(phase: Phase, logDir: string): Promise<PhaseResult> {
  const npm = npmCommand()
  const startedAt = Date.now()
  const args = [...npm.prefix, 'run', '-s', phase.script, ...(phase.args?.length ? ['--', ...phase.args] : [])]
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const child = spawn(npm.file, args, {
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'), ...phase.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: npm.shell,
    })
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk))
    const finish = (exitCode: number | null, extra = '') => {
      const output = Buffer.concat(chunks).toString('utf8') + extra
      writeFileSync(join(logDir, `${phase.name.replace(/[^\w.-]+/g, '-')}.log`), output)
      resolve({ name: phase.name, status: exitCode === 0 ? 'passed' : 'failed', ms: Date.now() - startedAt, startedAt, exitCode, output })
    }
    child.on('error', (error) => finish(null, `\ncould not start npm: ${error.message}\n`))
    child.on('close', (code) => finish(code))
  })
}

/** Runs every phase once its `after` phases have passed; a phase whose prerequisite failed is skipped. */
export async function runPhases(phases: readonly Phase[], options: RunOptions): Promise<PhaseResult[]> {
  mkdirSync(options.logDir, { recursive: true })
  const byName = new Map(phases.map((p) => [p.name, p]))
  for (const phase of phases) {
    for (const need of phase.after ?? []) if (!byName.has(need)) throw new Error(`phase ${phase.name} waits for unknown phase ${need}`)
  }
  const results = new Map<string, PhaseResult>()
  const running = new Map<string, Promise<void>>()
  const began = Date.now()
  const heartbeat = options.onHeartbeat
    ? setInterval(() => options.onHeartbeat!([...running.keys()], Date.now() - began), options.heartbeatMs ?? 30_000)
    : undefined

  const settle = (result: PhaseResult) => {
    results.set(result.name, result)
    options.onEnd?.(result)
  }
  try {
    while (results.size < phases.length) {
      for (const phase of phases) {
        if (results.has(phase.name) || running.has(phase.name)) continue
        const needs = (phase.after ?? []).map((n) => results.get(n))
        if (needs.some((r) => r && r.status !== 'passed')) {
          settle({ name: phase.name, status: 'skipped', ms: 0, startedAt: Date.now(), exitCode: null, output: '' })
        } else if (needs.every((r) => r?.status === 'passed')) {
          running.set(
            phase.name,
            runOne(phase, options.logDir).then((result) => {
              running.delete(phase.name)
              settle(result)
            }),
          )
        }
      }
      if (results.size < phases.length) {
        if (running.size === 0) throw new Error('phases wait for each other in a circle')
        await Promise.race(running.values())
      }
    }
  } finally {
    if (heartbeat) clearInterval(heartbeat)
  }
  return phases.map((p) => results.get(p.name)!)
}
