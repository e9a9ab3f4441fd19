// VitePress's default theme, assembled from its parts without what this guide never shows.
//
// `vitepress/theme-without-fonts` also re-exports the sponsor and team components and imports the
// sponsor style sheet. Their JS is tree-shaken away, but VitePress builds one CSS file for the whole
// site, so their styles would still reach every reader (about 5 KB before gzip). This entry takes
// the layout, the badge and the style sheets the guide uses; Algolia's style sheet is dropped by
// the `@docsearch/css` alias in config/shared.ts (the guide uses local search). VitePress's code-group
// style sheet is left out too: the guide's tabs are MkDocs tab sets (styles/tabs.css), and every page
// carries the site CSS inline (deploy/inline-css.ts); a unit test fails if a page writes `::: code-group`.
// `@vitepress-default-theme/` is an alias (config/shared.ts) for vitepress/dist/client/theme-default/:
// type-checking follows it only as far as theme/vitepress-default-theme.d.ts, not into VitePress's own .vue files.
import type { Theme } from 'vitepress'
import VPBadge from '@vitepress-default-theme/components/VPBadge.vue'
import Layout from '@vitepress-default-theme/Layout.vue'
import '@vitepress-default-theme/styles/vars.css'
import '@vitepress-default-theme/styles/base.css'
import '@vitepress-default-theme/styles/icons.css'
import '@vitepress-default-theme/styles/utils.css'
import '@vitepress-default-theme/styles/components/custom-block.css'
import '@vitepress-default-theme/styles/components/vp-code.css'
import '@vitepress-default-theme/styles/components/vp-doc.css'

export const defaultTheme = {
  Layout,
  enhanceApp({ app }) {
    // Markdown pages may use VitePress's <Badge> as in any VitePress site.
    app.component('Badge', VPBadge)
  },
} satisfies Theme
