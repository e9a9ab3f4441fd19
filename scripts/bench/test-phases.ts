// `npm run bench:test`: how long `npm run check` and `npm test` take here, phase by phase, written to BENCHMARKS.md.
// Runs the two commands as a contributor would (each with `--json`) and reads the phase times they record;
// nothing is timed inside a test.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { npmCommand } from '../lib/phases.ts'
import { machineLine, writeResults, writeSection } from './benchmarks-file.ts'

interface Run {
  totalMs: number
  cpuBusyMs: number
  cpuBusyShare: number
  loadAverageAtStart: number
  phases: { name: string; status: string; ms: number; startedAt: number }[]
}

const started = new Date()
// Read now: machineLine gives the load average of the moment it is called.
const machine = machineLine(started)
const dir = mkdtempSync(join(tmpdir(), 'bench-test-'))

function run(script: 'check' | 'test'): Run {
  const file = join(dir, `${script}.json`)
  const npm = npmCommand()
  const result = spawnSync(npm.file, [...npm.prefix, 'run', script, '--', '--json', file], { stdio: 'inherit', shell: npm.shell })
  if (result.status !== 0) {
    process.stderr.write(`bench:test: npm run ${script} failed (exit ${result.status}); nothing recorded\n`)
    process.exit(1)
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Run
}

const s = (ms: number) => (ms / 1000).toFixed(1)

function table(title: string, r: Run): string {
  const rows = [...r.phases]
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((p) => `| ${p.name} | ${s(p.startedAt)} | ${s(p.ms)} | ${p.status} |`)
  return [
    `**${title}: ${s(r.totalMs)} s wall**, the cores ${Math.round(r.cpuBusyShare * 100)} % busy (${Math.round(r.cpuBusyMs / 1000)} CPU seconds), ` +
      `load average ${r.loadAverageAtStart.toFixed(1)} at its start.`,
    '',
    '| phase | starts at (s) | wall (s) | result |',
    '| --- | ---: | ---: | --- |',
    ...rows,
  ].join('\n')
}

try {
  const check = run('check')
  const test = run('test')
  writeResults('test-phases', { started: started.toISOString(), check, test })
  writeSection(
    'test-phases',
    'npm run bench:test',
    `## How long the tests take

${machine}. Rerun: \`npm run bench:test\` (runs \`npm run check\`, then \`npm test\`, each with \`--json\`).
Phases start as soon as what they need has passed, so they overlap; the wall time of a phase includes the time it
shares the two cores with the others. Targets (issue 14): \`npm test\` ≤ 4 min, \`npm run check\` ≤ 60 s.

${table('npm run check', check)}

${table('npm test', test)}`,
  )
  console.log(`bench:test: npm run check ${s(check.totalMs)} s, npm test ${s(test.totalMs)} s; written to BENCHMARKS.md`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
