// `npm test`: every check CI runs, each phase started as soon as what it needs is ready. Static checks and unit
// tests run beside the two builds; the browser suites start when their build is there. A missing browser, font
// package or git history stops it at once with one line that says what to do.
//
//   npm test                 all phases (what CI runs)
//   npm run check            the quick check for page authors: Markdown lint, images, internal links and anchors
//                            of a fresh build, and the Markdown fixtures (tsx scripts/test.ts --check)
//   npm test -- --json FILE  also write each phase's wall time to FILE (npm run bench:test uses it)
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { type Phase, type PhaseResult, runPhases } from './lib/phases.ts'
import { freePort } from './lib/ports.ts'
import { preflight } from './lib/preflight.ts'

const LOG_DIR = '.cache/test-logs'
const REAL_SITE_TEST = 'tests/scripts/check-links.real.test.ts'
// Prints the build to a PDF: it runs once the build is there, never beside it on a half-written one.
const PDF_TEST = 'tests/scripts/pdf.test.ts'

const { values } = parseArgs({ options: { json: { type: 'string' }, check: { type: 'boolean', default: false } } })
const NAME = values.check ? 'npm run check' : 'npm test'

const seconds = (ms: number) => (ms >= 60_000 ? `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s` : `${(ms / 1000).toFixed(1)} s`)

/** The line of a phase's output that says how many tests passed, if it has one. */
function countLine(output: string): string {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim())
  return lines.filter((l) => /^(Tests\s+)?\d+ (passed|failed)/.test(l)).join(', ')
}

/** Busy and total CPU time of all cores so far, in ms (os.cpus works on every system). */
function cpuTimes(): { busy: number; total: number } {
  let busy = 0
  let total = 0
  for (const { times } of os.cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle
    busy += all - times.idle
    total += all
  }
  return { busy, total }
}

/** Every phase of `npm test`, with free ports for the browser suites' servers. */
async function testPhases(): Promise<Phase[]> {
  // Ports the system says are free now, so a preview server left running elsewhere never collides with ours.
  const [e2ePort, deployPort, mirrorPort] = [await freePort(), await freePort(), await freePort()]
  return [
    { name: 'typecheck', script: 'typecheck' },
    { name: 'lint', script: 'lint' },
    { name: 'check:images', script: 'check:images' },
    // The real-site link test reads the build instead of making a third one beside ours (tests/scripts/check-links.real.test.ts).
    { name: 'test:unit', script: 'test:unit', args: ['--exclude', REAL_SITE_TEST, '--exclude', PDF_TEST] },
    { name: 'build', script: 'build' },
    // One VitePress build at a time: both use docs/.vitepress/.temp.
    { name: 'build:mirror', script: 'build:mirror', after: ['build'] },
    { name: 'check:budget', script: 'check:budget', after: ['build'] },
    {
      name: 'test:unit (real site)',
      script: 'test:unit',
      args: [REAL_SITE_TEST, PDF_TEST],
      after: ['build'],
      env: { LINKS_REAL_DIST: 'docs/.vitepress/dist', PDF_DIST: 'docs/.vitepress/dist' },
    },
    { name: 'test:e2e', script: 'test:e2e', after: ['build'], env: { E2E_PORT: String(e2ePort) } },
    {
      name: 'e2e:deploy',
      script: 'e2e:deploy',
      after: ['build', 'build:mirror'],
      env: { DEPLOY_E2E_PORT: String(deployPort), DEPLOY_MIRROR_E2E_PORT: String(mirrorPort) },
    },
  ]
}

/** What a page author runs: everything about the pages as written, nothing about the browser or the deployment. */
function checkPhases(): Phase[] {
  return [
    { name: 'lint', script: 'lint' },
    { name: 'check:images', script: 'check:images' },
    // Dates written wrongly fail here (stale or undated pages are warnings, shown but not failing).
    { name: 'check:freshness', script: 'check:freshness' },
    { name: 'Markdown fixtures', script: 'test:unit', args: ['tests/markdown'] },
    { name: 'build', script: 'build' },
    { name: 'check:links', script: 'check:links', after: ['build'] },
  ]
}

async function main(): Promise<number> {
  const started = Date.now()
  const cpuAtStart = cpuTimes()
  const loadAtStart = os.loadavg()[0]!
  // The quick check drives no browser, so it does not ask for one.
  const notes = await preflight({ browser: !values.check })
  for (const note of notes) console.error(`${note.level}: ${note.message}`)
  if (notes.some((n) => n.level === 'error')) return 2

  const phases = values.check ? checkPhases() : await testPhases()
  console.log(`${NAME}: ${phases.length} phases on ${os.cpus().length} cores, load average ${loadAtStart.toFixed(1)}; full logs in ${LOG_DIR}/`)

  const results = await runPhases(phases, {
    logDir: LOG_DIR,
    heartbeatMs: 30_000,
    onHeartbeat: (running, elapsed) => console.log(`… ${seconds(elapsed)}: still running ${running.join(', ')}`),
    onEnd: (result) => report(result),
  })

  const passed = results.filter((r) => r.status === 'passed').length
  const failed = results.filter((r) => r.status === 'failed').length
  const skipped = results.filter((r) => r.status === 'skipped').length
  const total = Date.now() - started
  const cpu = cpuTimes()
  const busyMs = cpu.busy - cpuAtStart.busy
  const busyShare = busyMs / Math.max(1, cpu.total - cpuAtStart.total)
  console.log(
    `\n${NAME}: ${failed === 0 ? 'all green' : `${failed} phase${failed > 1 ? 's' : ''} failed`} in ${seconds(total)} ` +
      `(the ${os.cpus().length} cores ${Math.round(busyShare * 100)} % busy, ${Math.round(busyMs / 1000)} CPU seconds)`,
  )
  if (values.json) {
    const phaseTimes = results.map(({ output: _, ...r }) => ({ ...r, startedAt: r.startedAt - started }))
    writeFileSync(values.json, JSON.stringify({ totalMs: total, cpuBusyMs: busyMs, cpuBusyShare: busyShare, loadAverageAtStart: loadAtStart, phases: phaseTimes }, null, 2))
  }
  console.log(`phases: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
  return failed > 0 ? 1 : 0
}

function report(result: PhaseResult): void {
  if (result.status === 'skipped') {
    console.log(`- ${result.name}: skipped, a phase it needs failed`)
    return
  }
  const counts = countLine(result.output)
  const mark = result.status === 'passed' ? '✓' : '✗'
  console.log(`${mark} ${result.name} (${seconds(result.ms)})${counts ? ` ${counts}` : ''}`)
  if (result.status === 'failed') {
    console.log(`\n──── ${result.name} output (exit code ${result.exitCode}) ────\n${result.output.trimEnd()}\n──── end of ${result.name} ────\n`)
  }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(`${NAME}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exitCode = 2
  },
)
