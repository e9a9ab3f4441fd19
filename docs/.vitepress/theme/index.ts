// The site theme: VitePress's default theme (no web font, no sponsor or team styles), plus our styles and slots.
import { defineAsyncComponent, h, type Component } from 'vue'
import { useRouter, type Theme } from 'vitepress'
import { useInstantAppearanceToggle } from './appearance.ts'
import type { GlobalComponentName } from './components.ts'
import { defaultTheme } from './default-theme.ts'
import { deferHydration, useDeferredHydration } from './deferred-hydration.ts'
import { useDocPartsOnNavigation } from './lazy-doc-parts.ts'
import { useTargetRow } from '../glossary/target-row.ts'
import { UpdatePromptRegion } from '../pwa/update-region.ts'
import { useGlossaryTooltips } from '../glossary/tooltips.ts'
import LicenseNotice from './components/LicenseNotice.vue'
import MirrorSwitcherComponent from './components/MirrorSwitcher.vue'
import { FRESHNESS_HTML_KEY } from '../freshness/html-key.ts'
import { buildTimeHtml } from './build-time-html.ts'
import { useTabs } from './tabs.ts'
import './styles/fonts.css'
import './styles/layout.css'
import './styles/admonition.css'
import './styles/glossary.css'
import './styles/images.css'
import { useImageZoom } from './zoom.ts'
import './styles/tabs.css'
import './styles/footnotes.css'
import './styles/freshness.css'

// "内容核对于 …", the outdated banner and "内容有误？": HTML from the build, nothing for the browser to hydrate.
const FreshnessNote = buildTimeHtml(FRESHNESS_HTML_KEY, 'page-freshness')

// Every name of components.ts, and only those: vue-safe keeps exactly these tags as components in Markdown.
const globalComponents: Record<GlobalComponentName, Component> = {
  // Markdown writes the terms it links as plain HTML (glossary/term-html.ts); this component is for a term written
  // by hand in a page, so its code and the glossary data load only with such a page.
  GlossaryTerm: defineAsyncComponent(() => import('./components/GlossaryTerm.vue')),
  // Only /glossary/ shows the index: its code loads with that page, not with every page.
  GlossaryIndex: defineAsyncComponent(() => import('./components/GlossaryIndex.vue')),
}

// Links only: it hydrates in a task of its own (deferred-hydration.ts).
const MirrorSwitcher = deferHydration(MirrorSwitcherComponent)

export default {
  extends: defaultTheme,
  enhanceApp({ app }) {
    for (const [name, component] of Object.entries(globalComponents)) app.component(name, component)
  },
  setup() {
    // The light/dark switch recolours at once (no <style> element, so the CSP stays strict).
    useInstantAppearanceToggle()
    // Highlights the jargon row a link or search result lands on.
    useTargetRow(useRouter())
    // Glossary terms' tooltips: hover, focus and tap, for every term of every page.
    useGlossaryTooltips(useRouter())
    // Click or tap to zoom content images, again after each client-side navigation.
    useImageZoom(useRouter())
    // MkDocs tab sets: click and arrow keys, and opening the tab a link points into.
    useTabs(useRouter())
    // Parts of the layout still waiting to hydrate do so before the route changes.
    useDeferredHydration(useRouter())
    // Moving from the home page to a document: the document column's code comes with the page.
    useDocPartsOnNavigation(useRouter())
  },
  Layout: () =>
    h(defaultTheme.Layout, null, {
      // The default footer is hidden on pages with a sidebar; the licence notice must be on every page.
      'doc-footer-before': () => h(LicenseNotice),
      // Which mirror this is and the same page on the other one, then how current the page's facts are.
      'doc-before': () => [h(MirrorSwitcher), h(FreshnessNote)],
      'home-hero-actions-after': () => h(MirrorSwitcher, { placement: 'hero' }),
      'home-features-after': () => h(FreshnessNote),
      // Registers the offline worker; "内容已更新，点击刷新" and its code come only with a new deployment.
      'layout-bottom': () => h(UpdatePromptRegion),
    }),
} satisfies Theme
