// What ran inside the long tasks of a Chromium performance trace (bench:long-tasks --trace): for each task after the
// first paint, its length and the functions that took most of it (inclusive time from the trace's CPU samples).
export interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  id?: string
  args?: Record<string, unknown>
}

interface ProfileNode {
  id: number
  parent?: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
}

const LONG_US = 50_000
const TOP = Number(process.env.TRACE_TOP ?? 10)

/** One line per long task after FCP on the page's main thread, then its top functions by inclusive time. */
export function longTaskBreakdown(events: TraceEvent[]): string[] {
  const fcp = events.find((event) => event.name === 'firstContentfulPaint')
  if (!fcp) return ['no firstContentfulPaint in the trace']
  const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === fcp.pid && (event.args?.name as string) === 'CrRendererMain')
  if (!main) return ['no renderer main thread in the trace']
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid)
  // Chunks come from the profiler's own thread; the Profile event that starts them is on the thread it samples.
  const profiles = new Set(events.filter((event) => event.name === 'Profile' && event.pid === main.pid && event.tid === main.tid).map((event) => event.id))
  const samples = cpuSamples(events.filter((event) => event.pid === main.pid && profiles.has(event.id)))
  const tasks = onMain.filter((event) => event.name === 'RunTask' && event.ph === 'X' && (event.dur ?? 0) > LONG_US && event.ts >= fcp.ts)
  const lines: string[] = []
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0)
    const inside = onMain.filter((event) => event.ph === 'X' && event.ts >= task.ts && event.ts < end && event !== task)
    const kinds = new Map<string, number>()
    for (const event of inside) {
      if (['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'ParseHTML', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.compile', 'v8.compileModule'].includes(event.name))
        kinds.set(event.name, (kinds.get(event.name) ?? 0) + (event.dur ?? 0))
    }
    lines.push(`task at +${ms(task.ts - fcp.ts)} after FCP, ${ms(task.dur ?? 0)} ms: ${[...kinds].map(([name, dur]) => `${name} ${ms(dur)}`).join(', ')}`)
    const inclusive = new Map<string, number>()
    for (const sample of samples) {
      if (sample.ts < task.ts || sample.ts >= end) continue
      for (const frame of new Set(sample.stack)) inclusive.set(frame, (inclusive.get(frame) ?? 0) + sample.dur)
    }
    for (const [frame, dur] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, TOP)) lines.push(`  ${ms(dur)} ms  ${frame}`)
  }
  return lines
}

function ms(us: number): string {
  return (us / 1000).toFixed(0)
}

/** The CPU profile's samples as (time, duration, stack of frame names) on the trace's clock. */
function cpuSamples(events: TraceEvent[]): { ts: number; dur: number; stack: string[] }[] {
  const nodes = new Map<number, ProfileNode>()
  const times: { ts: number; node: number }[] = []
  const starts = new Map<string, number>()
  for (const event of events) if (event.name === 'Profile') starts.set(event.id ?? '', Number((event.args?.data as { startTime: number }).startTime))
  const clock = new Map<string, number>()
  for (const event of events) {
    if (event.name !== 'ProfileChunk') continue
    const data = event.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] }
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node)
    let ts = clock.get(event.id ?? '') ?? starts.get(event.id ?? '') ?? event.ts
    const deltas = data.timeDeltas ?? []
    for (const [index, node] of (data.cpuProfile?.samples ?? []).entries()) {
      ts += deltas[index] ?? 0
      times.push({ ts, node })
    }
    clock.set(event.id ?? '', ts)
  }
  times.sort((a, b) => a.ts - b.ts)
  return times.map((sample, index) => ({
    ts: sample.ts,
    dur: Math.min((times[index + 1]?.ts ?? sample.ts) - sample.ts, 2000),
    stack: stackOf(nodes, sample.node),
  }))
}

function stackOf(nodes: Map<number, ProfileNode>, id: number): string[] {
  const stack: string[] = []
  for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
    const { functionName, url, lineNumber } = node.callFrame
    if (!url) {
      if (functionName && !functionName.startsWith('(')) stack.push(functionName)
      continue
    }
    stack.push(`${functionName || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber + 1}`)
  }
  return stack
}
