// What bench:long-tasks --trace reports about a performance trace: the long tasks after the first paint and what ran in them.
import { describe, expect, it } from 'vitest'
import { longTaskBreakdown, type TraceEvent } from '../../../scripts/bench/trace-tasks.ts'

const PID = 7
const MAIN = 1
const PROFILER = 2

function trace(taskStart: number, taskLength: number): TraceEvent[] {
  const fcp = 1_000_000
  return [
    { name: 'thread_name', ph: 'M', pid: PID, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'firstContentfulPaint', ph: 'I', pid: PID, tid: MAIN, ts: fcp },
    { name: 'RunTask', ph: 'X', pid: PID, tid: MAIN, ts: fcp + taskStart, dur: taskLength },
    { name: 'FunctionCall', ph: 'X', pid: PID, tid: MAIN, ts: fcp + taskStart + 1, dur: taskLength - 2_000 },
    { name: 'Profile', ph: 'P', pid: PID, tid: MAIN, ts: 0, id: '0x1', args: { data: { startTime: fcp + taskStart } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid: PID,
      tid: PROFILER,
      ts: 0,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 } },
              { id: 2, parent: 1, callFrame: { functionName: 'mount', url: 'http://x/assets/framework.js', lineNumber: 9, columnNumber: 0 } },
              { id: 3, parent: 2, callFrame: { functionName: 'setup', url: 'http://x/assets/theme.js', lineNumber: 41, columnNumber: 0 } },
            ],
            samples: [3, 3, 2, 2],
          },
          timeDeltas: [1000, 1000, 1000, 1000],
        },
      },
    },
  ]
}

describe('longTaskBreakdown', () => {
  it('names each long task after the first paint with its length and the functions inside it', () => {
    const lines = longTaskBreakdown(trace(5_000, 80_000))
    expect(lines[0]).toMatch(/^task at \+5 after FCP, 80 ms: FunctionCall 78$/)
    // A sample lasts until the next: mount is on the first three stacks (3 ms), setup, its child, on the first two.
    expect(lines.slice(1)).toEqual(['  3 ms  mount framework.js:10', '  2 ms  setup theme.js:42'])
  })

  it('leaves out tasks of 50 ms or less', () => {
    expect(longTaskBreakdown(trace(5_000, 50_000))).toEqual([])
  })
})
