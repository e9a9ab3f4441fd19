// Runs a command and measures it as a whole: wall time, CPU time and peak RSS summed over its process tree.
import { spawn } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'

export interface Measured {
  command: string
  exitCode: number | null
  seconds: number
  /** User + system CPU seconds of the command and every child it waited for. */
  cpuSeconds: number
  /** Largest sum of resident memory over the whole tree, sampled every `sampleMs`. */
  peakTreeRssBytes: number
  /** Largest resident memory of any one process of the tree (the kernel's count, not sampled). */
  peakProcessRssBytes: number
  /** Most processes alive at once in the tree (VitePress renders in worker threads, MkDocs in one process). */
  peakProcesses: number
  stderrTail: string
}

const PAGE_SIZE = 4096

/** Runs `command args` under /usr/bin/time (for CPU and max RSS) while sampling /proc for the tree's RSS. */
export function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; sampleMs?: number } = {},
): Promise<Measured> {
  const sampleMs = options.sampleMs ?? 100
  const started = performance.now()
  // %e wall, %U user, %S system, %M max RSS (KB) of the largest process; last line of stderr.
  const child = spawn('/usr/bin/time', ['-f', '@@time %e %U %S %M', command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000)
  })
  let peakTree = 0
  let peakProcesses = 0
  const sample = () => {
    if (child.pid === undefined) return
    const tree = descendants(child.pid)
    peakProcesses = Math.max(peakProcesses, tree.length - 1)
    peakTree = Math.max(peakTree, tree.reduce((sum, pid) => sum + rssBytes(pid), 0))
  }
  const timer = setInterval(sample, sampleMs)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(timer)
      const seconds = (performance.now() - started) / 1000
      const match = /@@time (\S+) (\S+) (\S+) (\d+)\s*$/.exec(stderr)
      const cpuSeconds = match ? Number(match[2]) + Number(match[3]) : NaN
      const peakProcessRss = match ? Number(match[4]) * 1024 : NaN
      resolve({
        command: [command, ...args].join(' '),
        exitCode: code,
        seconds,
        cpuSeconds,
        // The tree sum, less /usr/bin/time itself (a few hundred KB); never below the largest process.
        peakTreeRssBytes: Math.max(peakTree, peakProcessRss || 0),
        peakProcessRssBytes: peakProcessRss,
        peakProcesses,
        stderrTail: stderr.replace(/@@time .*\s*$/, '').slice(-2000),
      })
    })
  })
}

/** `root` and every process below it, found through each process's parent in /proc/<pid>/stat. */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8')
    } catch {
      continue // exited between the listing and the read
    }
    // The command name (field 2) may hold spaces and parentheses; the parent pid follows the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    const list = children.get(ppid) ?? []
    list.push(Number(name))
    children.set(ppid, list)
  }
  const out: number[] = []
  const queue = [root]
  while (queue.length) {
    const pid = queue.pop()!
    out.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return out
}

function rssBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE
  } catch {
    return 0
  }
}
