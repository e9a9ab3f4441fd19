// Marks the module scripts and module preloads of every built page `fetchpriority="low"`: the first paint needs none of them.
//
// VitePress pre-renders each page, so the browser can paint it before any script runs; the scripts only make it
// interactive (hydration). At their default High priority they compete with what the paint does need (the HTML,
// the stylesheet) for a slow connection's first round trips, and Lighthouse's simulation counts every High-priority
// script that arrived before the observed first paint as render-blocking (module scripts leave no EvaluateScript
// event it could clear them by). Low priority still fetches them at once, in parallel; BENCHMARKS.md "First paint".
import { Parser } from 'htmlparser2'

/**
 * `html` with ` fetchpriority="low"` added to each `<script type="module" src>` and `<link rel="modulepreload">` of its
 * `<head>` (where VitePress writes them) that sets none. Only the head is parsed: the page's text is most of its bytes.
 */
export function lowerScriptPriority(html: string): string {
  const headEnd = html.search(/<\/head\s*>/i)
  const at: number[] = []
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs.fetchpriority !== undefined) return
      const moduleScript = name === 'script' && attrs.type === 'module' && attrs.src !== undefined
      const modulePreload = name === 'link' && (attrs.rel ?? '').toLowerCase().split(/\s+/).includes('modulepreload')
      if (moduleScript || modulePreload) at.push(parser.startIndex + 1 + name.length)
    },
  })
  parser.end(headEnd === -1 ? html : html.slice(0, headEnd))
  let out = html
  for (const i of at.reverse()) out = out.slice(0, i) + ' fetchpriority="low"' + out.slice(i)
  return out
}
