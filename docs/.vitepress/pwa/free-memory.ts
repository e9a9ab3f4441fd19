// A full garbage collection before Workbox generates the service worker, the build's last and largest step.
//
// By then VitePress has rendered every page, and the main process's heap holds much of that work as garbage that V8 has
// not yet had a reason to collect; the build of sw.js (with generateSW: Rollup, Babel, two Terser worker threads) then grows the
// process on top of it, and that is where the build's peak memory was (BENCHMARKS.md, "Build overhead: session 6").
// Node runs `gc()` only with --expose-gc; the flag can be set from inside the process, as Jest's leak detector does,
// and the function is taken from a new context, where V8 installs it.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let gc: (() => void) | undefined

export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc')
    gc = runInNewContext('gc') as () => void
  }
  gc()
}
