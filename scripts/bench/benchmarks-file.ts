// What the performance benches share: their section of BENCHMARKS.md, their JSON under bench/results/, the machine's state.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const RESULTS_DIR = join(ROOT, 'bench/results')
const BENCHMARKS_FILE = join(ROOT, 'BENCHMARKS.md')

/**
 * Replaces the section between `<!-- name:start … -->` and `<!-- name:end -->` in BENCHMARKS.md, or appends it.
 * `section` is the Markdown without the markers.
 */
export function writeSection(name: string, command: string, section: string): void {
  const start = `<!-- ${name}:start (written by ${command}; edit the script, not this section) -->`
  const end = `<!-- ${name}:end -->`
  const text = readFileSync(BENCHMARKS_FILE, 'utf8')
  const block = `${start}\n${section.trim()}\n${end}`
  const from = text.indexOf(`<!-- ${name}:start`)
  const to = text.indexOf(end)
  const next = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : text.trimEnd() + '\n\n' + block + '\n'
  writeFileSync(BENCHMARKS_FILE, next)
}

/** Writes `bench/results/<name>.json` (small summaries only; large artefacts go in ignored sub-folders). */
export function writeResults(name: string, data: unknown): string {
  const file = join(RESULTS_DIR, `${name}.json`)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n')
  return file
}

/** One line naming when and where a bench ran, with the load average that stretches its wall times. */
export function machineLine(started: Date): string {
  const cpus = os.cpus()
  const model = (cpus[0]?.model ?? 'unknown CPU').replace(/\s+\d+-Core Processor$/, '').trim()
  return (
    `Run ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC · Node ${process.version} · ` +
    `${cpus.length} × ${model} · ${Math.round(os.totalmem() / 2 ** 30)} GB · load average ${loadAverage()} at start`
  )
}

/** The 1-minute load average, one decimal. */
export function loadAverage(): string {
  return os.loadavg()[0]!.toFixed(1)
}

export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1)
}

export function mb(bytes: number): string {
  return String(Math.round(bytes / 2 ** 20))
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
