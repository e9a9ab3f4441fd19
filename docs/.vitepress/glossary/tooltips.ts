// Opens, places and closes the tooltips of glossary terms (glossary/term-html.ts), for every term on the page at once.
//
// The terms are static HTML in the page (no component per term): one set of listeners on the document
// serves them all, including the terms of pages reached by client-side navigation.
import { onMounted } from 'vue'
import { inBrowser, type Router } from 'vitepress'
import { onPageLeave, onPageShown } from './page-shown.ts'
import { ABOVE_CLASS, LINK_CLASS, OPEN_CLASS, SHIFT_PROPERTY, TERM_CLASS, TOOLTIP_CLASS } from './term-html.ts'

/** Space kept between a tooltip and the window's edges, px. */
const MARGIN = 8

let openTerm: HTMLElement | undefined
// The pointer that started the current interaction: a first tap on a touch screen opens the
// tooltip instead of following the link; the second tap follows it.
let touching = false

function termOf(target: EventTarget | null): HTMLElement | undefined {
  return target instanceof Element ? (target.closest<HTMLElement>(`.${TERM_CLASS}`) ?? undefined) : undefined
}

/** Shows the term's tooltip, nudged to stay inside the window (above the term when there is no room below). */
export function showTooltip(term: HTMLElement): void {
  if (term === openTerm) return
  const tooltip = term.querySelector<HTMLElement>(`.${TOOLTIP_CLASS}`)
  if (!tooltip) return
  hideTooltip()
  openTerm = term
  tooltip.style.removeProperty(SHIFT_PROPERTY)
  tooltip.classList.remove(ABOVE_CLASS)
  term.classList.add(OPEN_CLASS)
  const box = tooltip.getBoundingClientRect()
  const width = document.documentElement.clientWidth
  let shift = 0
  if (box.right > width - MARGIN) shift = width - MARGIN - box.right
  if (box.left + shift < MARGIN) shift = MARGIN - box.left
  if (shift) tooltip.style.setProperty(SHIFT_PROPERTY, `${shift}px`)
  if (box.bottom > window.innerHeight - MARGIN && box.top - box.height > MARGIN) tooltip.classList.add(ABOVE_CLASS)
}

export function hideTooltip(): void {
  openTerm?.classList.remove(OPEN_CLASS)
  openTerm = undefined
}

function listen(): void {
  document.addEventListener('pointerover', (event) => {
    const term = termOf(event.target)
    if (term && event.pointerType === 'mouse') {
      touching = false
      showTooltip(term)
    }
  })
  document.addEventListener('mouseout', (event) => {
    // A tooltip opened by a tap stays until the next tap elsewhere.
    const term = termOf(event.target)
    if (term && term === openTerm && !touching && termOf(event.relatedTarget) !== term) hideTooltip()
  })
  document.addEventListener('focusin', (event) => {
    const term = termOf(event.target)
    if (term) showTooltip(term)
  })
  document.addEventListener('focusout', (event) => {
    const term = termOf(event.target)
    if (term && term === openTerm && termOf(event.relatedTarget) !== term) hideTooltip()
  })
  document.addEventListener(
    'touchstart',
    (event) => {
      if (termOf(event.target)) touching = true
    },
    { passive: true },
  )
  document.addEventListener('touchend', (event) => {
    const link = event.target instanceof Element ? event.target.closest(`.${LINK_CLASS}`) : null
    const term = termOf(link)
    if (term && term !== openTerm) {
      // Cancelling touchend cancels the click the tap would become: no navigation this time.
      event.preventDefault()
      showTooltip(term)
    }
  })
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hideTooltip()
  })
  document.addEventListener('pointerdown', (event) => {
    if (openTerm && !openTerm.contains(event.target as Node | null)) hideTooltip()
  })
}

/** Gives the page's tooltips their role (left out of the static HTML: see termCloseHtml). */
export function markTooltips(): void {
  for (const tooltip of document.querySelectorAll(`.${TOOLTIP_CLASS}:not([role])`)) tooltip.setAttribute('role', 'tooltip')
}

/**
 * Call from the theme's `setup`: listens once, marks the tooltips of each page, and closes an open tooltip when the
 * reader moves to another page.
 */
export function useGlossaryTooltips(router: Router): void {
  if (!inBrowser) return
  onPageLeave(router, hideTooltip)
  onMounted(listen)
  onPageShown(router, markTooltips)
}
