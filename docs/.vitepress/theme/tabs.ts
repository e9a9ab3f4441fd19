// Switches the tab sets markdown/tabs.ts renders: click, arrow keys, and links into a hidden panel.
//
// Listeners sit on the document (event delegation), so tab sets that client-side navigation renders
// later work with nothing to re-bind; the CSP allows no inline handlers, so this is bundled theme code.
import { nextTick, onMounted } from 'vue'
import { inBrowser, type Router } from 'vitepress'

const TAB = '.tabbed-set > .tabbed-labels > [role="tab"]'

/** Shows `tab`'s panel and hides its siblings'; roving tabindex keeps one tab of the set in the Tab order. */
export function selectTab(tab: HTMLElement, focus = false): void {
  for (const other of tabsOf(tab)) {
    const selected = other === tab
    other.setAttribute('aria-selected', String(selected))
    other.tabIndex = selected ? 0 : -1
    const panel = document.getElementById(other.getAttribute('aria-controls') ?? '')
    if (panel) panel.hidden = !selected
  }
  if (focus) tab.focus()
}

/** Opens every tab whose panel hides the element `location.hash` names (a footnote, a heading). */
export function revealHashTarget(): boolean {
  let revealed = false
  for (let node = hashTarget(); node; node = node.parentElement) {
    if (node.getAttribute('role') !== 'tabpanel' || !node.hidden) continue
    const tab = document.getElementById(node.getAttribute('aria-labelledby') ?? '')
    if (tab?.matches(TAB)) {
      selectTab(tab)
      revealed = true
    }
  }
  return revealed
}

function tabsOf(tab: HTMLElement): HTMLElement[] {
  return [...(tab.parentElement?.children ?? [])].filter((el): el is HTMLElement => el instanceof HTMLElement && el.matches(TAB))
}

function onClick(event: MouseEvent): void {
  const tab = (event.target as Element | null)?.closest?.<HTMLElement>(TAB)
  if (tab) selectTab(tab)
}

// WAI-ARIA tabs pattern with automatic activation: the arrow keys move and select.
function onKeydown(event: KeyboardEvent): void {
  const tab = (event.target as Element | null)?.closest?.<HTMLElement>(TAB)
  if (!tab || event.altKey || event.ctrlKey || event.metaKey) return
  const tabs = tabsOf(tab)
  const at = tabs.indexOf(tab)
  const next =
    event.key === 'ArrowRight' ? tabs[(at + 1) % tabs.length]
    : event.key === 'ArrowLeft' ? tabs[(at - 1 + tabs.length) % tabs.length]
    : event.key === 'Home' ? tabs[0]
    : event.key === 'End' ? tabs.at(-1)
    : undefined
  if (!next) return
  event.preventDefault()
  selectTab(next, true)
}

let installed = false

/**
 * Call from the theme's `setup`. VitePress announces in-page link clicks with a `hashchange` before
 * it measures where to scroll, so opening the tab there lets the scroll land on the target.
 */
export function useTabs(router: Router): void {
  if (!inBrowser) return
  const previous = router.onAfterRouteChange
  router.onAfterRouteChange = async (to) => {
    await previous?.(to)
    await nextTick()
    if (revealHashTarget()) scrollToHashTarget()
  }
  if (installed) return
  installed = true
  document.addEventListener('click', onClick)
  document.addEventListener('keydown', onKeydown)
  window.addEventListener('hashchange', () => revealHashTarget())
  // The first page: VitePress has scrolled already, to where the hidden target was not.
  onMounted(() => {
    if (revealHashTarget()) scrollToHashTarget()
  })
}

function hashTarget(): HTMLElement | null {
  let id = location.hash.slice(1)
  try {
    id = decodeURIComponent(id)
  } catch {
    // Keep the fragment as written.
  }
  return id ? document.getElementById(id) : null
}

// Used only after opening a tab; the theme's scroll-margin keeps the target clear of the nav bar.
function scrollToHashTarget(): void {
  hashTarget()?.scrollIntoView()
}
