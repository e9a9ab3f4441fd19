// Marks the table row a URL fragment points at (a jargon link, a search result), for the theme to highlight.
//
// CSS `:target` alone is not enough: VitePress moves between pages and anchors with
// `history.pushState`, which does not update `:target`.
import { nextTick, onMounted } from 'vue'
import { inBrowser, type Router } from 'vitepress'
import { onPageShown } from './page-shown.ts'

export const TARGET_CLASS = 'glossary-target'

/** Puts TARGET_CLASS on the row holding the element `location.hash` names, and on no other. */
export function markTargetRow(): void {
  for (const row of document.querySelectorAll(`.${TARGET_CLASS}`)) row.classList.remove(TARGET_CLASS)
  const id = safeDecode(location.hash.slice(1))
  if (!id) return
  document.getElementById(id)?.closest('tr')?.classList.add(TARGET_CLASS)
}

/** Call from the theme's `setup`: marks the row on first load, after each navigation and hash change. */
export function useTargetRow(router: Router): void {
  if (!inBrowser) return
  onPageShown(router, markTargetRow)
  onMounted(() => window.addEventListener('hashchange', () => nextTick(markTargetRow)))
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}
