// Where a page's data carries the review note's HTML: written by the config, read by the theme (kept apart
// from note-html.ts so the browser bundle takes this one string and nothing of the renderer).
export const FRESHNESS_HTML_KEY = 'freshnessHtml'
