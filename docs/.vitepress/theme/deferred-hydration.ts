// Parts of VitePress's layout that Vue hydrates each in a task of its own, after the page is shown, instead of all in
// the one long task of `app.mount` (BENCHMARKS.md "Blocking time: splitting hydration").
//
// A part is Vue's lazy-hydrated async component whose loader returns the component already imported: no chunk,
// no request, the same server HTML. Until it hydrates, a part is that HTML: links still work (VitePress's router
// listens on the window), and so do the glossary tooltips, tabs and zoom (listeners on the document) and the nav bar's
// hover menus (CSS). Each part hydrates in an idle callback of its own, so in a task of its own, unless before that:
// - the reader presses a pointer or a key anywhere: every waiting part hydrates at once, so the click or key that
//   follows finds Vue's listeners (tests/e2e/deferred-hydration.spec.ts);
// - the reader moves to another page: every waiting part hydrates against the page its HTML shows, then follows the
//   route. Vue skips the lazy hydration of a part that its parent updated before it hydrated, so no part may take
//   props that change by themselves before one of these.
import { defineAsyncComponent, type Component, type HydrationStrategy } from 'vue'
import { inBrowser, type Router } from 'vitepress'
import { onPageLeave } from '../glossary/page-shown.ts'

// Each waiting part's hydration, removed as it runs.
const waiting = new Set<() => void>()
// A part not hydrated within this time hydrates even when the browser is never idle.
const IDLE_TIMEOUT_MS = 3000
const FIRST_USE_EVENTS = ['pointerdown', 'keydown'] as const

const idle: (run: () => void) => () => void =
  inBrowser && 'requestIdleCallback' in window
    ? (run) => {
        const id = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
        return () => cancelIdleCallback(id)
      }
    : (run) => {
        const id = setTimeout(run, 1)
        return () => clearTimeout(id)
      }

/** Hydrates every part still waiting, now. */
export function hydrateWaitingParts(): void {
  for (const run of [...waiting]) run()
}

let listening = false

function hydrateOnFirstUse(): void {
  if (listening) return
  listening = true
  const onUse = () => {
    for (const type of FIRST_USE_EVENTS) window.removeEventListener(type, onUse, true)
    listening = false
    hydrateWaitingParts()
  }
  // Capture on the window: runs before any listener of the page, whatever element the event is for.
  for (const type of FIRST_USE_EVENTS) window.addEventListener(type, onUse, true)
}

const whenIdleOrUsed: HydrationStrategy = (hydrate) => {
  const run = () => {
    if (!waiting.delete(run)) return
    cancel()
    hydrate()
  }
  waiting.add(run)
  const cancel = idle(run)
  hydrateOnFirstUse()
  return () => {
    waiting.delete(run)
    cancel()
  }
}

/** The component `load` resolves to, hydrated in a task of its own (rendered as usual on the server and after client-side navigation). */
export function deferredAsyncComponent(load: () => Promise<Component>): Component {
  return defineAsyncComponent({ loader: load, hydrate: whenIdleOrUsed })
}

/** `component`, already imported, hydrated in a task of its own. */
export function deferHydration(component: Component): Component {
  return deferredAsyncComponent(() => Promise.resolve(component))
}

/** Call from the theme's `setup()`: every waiting part hydrates before the route changes. */
export function useDeferredHydration(router: Router): void {
  if (!inBrowser) return
  onPageLeave(router, hydrateWaitingParts)
}
