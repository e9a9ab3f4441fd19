// The site's Markdown grammar: our plugins in the order the site registers them. The VitePress config,
// the checkers (links, images) and the fixture tests all take it from here, so there is one grammar.
import type MarkdownIt from 'markdown-it'
import type { GlossaryEntry } from '../glossary/collect.ts'
import { absoluteLinksPlugin } from './absolute-links.ts'
import { admonitionPlugin } from './admonition.ts'
import { attrListPlugin } from './attr-list.ts'
import { footnotesPlugin } from './footnotes.ts'
import { glossaryLinksPlugin } from './glossary-links.ts'
import { jargonAnchorsPlugin } from './jargon-anchors.ts'
import { mdInHtmlPlugin } from './md-in-html.ts'
import { tabsPlugin } from './tabs.ts'
import { urlTextLinksPlugin } from './url-text-links.ts'
import { vueSafePlugin } from './vue-safe.ts'

export interface SitePluginsOptions {
  /** Glossary entries to auto-link; without them no mention is linked (the checkers need no links of ours). */
  glossary?: GlossaryEntry[]
  /**
   * The site's base path: glossary terms are then written as finished HTML with their tooltips (static for Vue)
   * rather than as `<GlossaryTerm>` tags. The site's build sets it.
   */
  glossaryHtmlBase?: string
  /** Globally registered component names a page may use (vue-safe keeps them as components). */
  components: readonly string[]
  /** Receives each build-time warning once; defaults to `console.warn`. */
  warn?: (message: string) => void
}

/** Adds every Markdown plugin of the site to `md`, in the site's order. */
export function useSitePlugins(md: MarkdownIt, options: SitePluginsOptions): MarkdownIt {
  const { warn } = options
  // Pages come from MkDocs-Material: `!!!` / `???` blocks render as VitePress custom blocks.
  md.use(admonitionPlugin, { warn })
  // Index pages are served at `/glossary` as well as `/glossary/`: relative links must not depend on it.
  md.use(absoluteLinksPlugin)
  // Jargon rows get anchors; the first mention of a glossary term links to it (with a tooltip).
  md.use(jargonAnchorsPlugin)
  if (options.glossary) {
    const base = options.glossaryHtmlBase
    md.use(glossaryLinksPlugin, { entries: options.glossary, ...(base === undefined ? {} : { html: { base } }) })
  }
  // The rest of MkDocs-Material's Markdown: tabs, footnotes, attr_list, md_in_html.
  md.use(tabsPlugin, { warn })
  md.use(footnotesPlugin, { warn })
  md.use(attrListPlugin, { warn })
  md.use(mdInHtmlPlugin, { warn })
  // Links that show their own address get a class: print.css prints other external links' addresses after them.
  md.use(urlTextLinksPlugin)
  // Last, so it sees every other plugin's output: `{{ }}` and unknown tags stay text (front matter `vue: true` opts out).
  md.use(vueSafePlugin, { components: options.components, warn })
  return md
}
