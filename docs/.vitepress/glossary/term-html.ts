// The HTML of a glossary term in prose: a link to its entry and the entry's summary as a tooltip.
//
// Written into the page by markdown/glossary-links.ts as plain HTML, so that Vue compiles a page's
// prose into one static block (a component in a paragraph makes every element around it a render
// call, which costs the build more than all our Markdown plugins together). The same markup as
// theme/components/GlossaryTerm.vue renders; ./tooltips.ts opens and places the tooltips of both.
import { escapeHtml } from 'markdown-it/lib/common/utils.mjs'

export const TERM_CLASS = 'glossary-term'
export const LINK_CLASS = 'glossary-link'
export const TOOLTIP_CLASS = 'glossary-tooltip'
/** On the term while its tooltip shows. */
export const OPEN_CLASS = 'open'
/** On the tooltip when it opens above the term (no room below). */
export const ABOVE_CLASS = 'above'
/** The tooltip's horizontal nudge that keeps it inside the window (a CSS length). */
export const SHIFT_PROPERTY = '--glossary-shift'

export interface TermTooltip {
  term: string
  summary: string
}

/**
 * What comes before the mention's text: the term's wrapper and the link's opening tag. `href` is the
 * link as the site serves it (base included); `tooltipId` is unique on the page.
 */
export function termOpenHtml(href: string, tooltipId: string): string {
  return (
    `<span class="${TERM_CLASS}"><a class="${LINK_CLASS}" href="${escapeHtml(href)}" aria-describedby="${escapeHtml(tooltipId)}">`
  )
}

/**
 * What comes after the mention's text: the end of the link, and the tooltip (hidden until opened). No `role` here:
 * Vue writes static prose as one string only when it knows every attribute, and it does not know `role` (a 300-page
 * build took 6 % more CPU and a quarter more memory with it); ./tooltips.ts adds `role="tooltip"` in the browser,
 * where the tooltip can open at all. `aria-describedby` reads it either way.
 */
export function termCloseHtml(entry: TermTooltip, tooltipId: string): string {
  return (
    `</a><span id="${escapeHtml(tooltipId)}" class="${TOOLTIP_CLASS}">` +
    `<strong class="glossary-tooltip-term">${escapeHtml(entry.term)}</strong>` +
    `<span class="glossary-tooltip-summary">${escapeHtml(entry.summary)}</span></span></span>`
  )
}

// A tooltip as termCloseHtml writes it (its texts escaped, so no `<` inside them).
const TOOLTIP_HTML_RE = new RegExp(
  `<span id="[^"]*" class="${TOOLTIP_CLASS}"><strong class="glossary-tooltip-term">[^<]*</strong>` +
    '<span class="glossary-tooltip-summary">[^<]*</span></span>',
  'g',
)

/** Rendered Markdown without the terms' tooltips: the search index holds what the page says, not the glossary's summaries. */
export function withoutTooltips(html: string): string {
  return html.includes(`class="${TOOLTIP_CLASS}"`) ? html.replace(TOOLTIP_HTML_RE, '') : html
}
