// VitePress's document column, sidebar and local nav bar, loaded only for pages that show them.
//
// config/shared.ts points the layout's imports of these three at theme/lazy/*.ts. On the home page they render
// nothing, so their code (a quarter of the theme) is not fetched; document pages name the chunk in their HTML
// (config/doc-parts-preload.ts), so it arrives with the rest.
import { defineComponent, h, type Component } from 'vue'
import { inBrowser, useData, type Router } from 'vitepress'
import { deferredAsyncComponent } from './deferred-hydration.ts'

type DocParts = typeof import('./doc-parts.ts')

let loading: Promise<DocParts> | undefined

function loadDocParts(): Promise<DocParts> {
  loading ??= import('./doc-parts.ts').catch((error: unknown) => {
    // Offline for a moment: the next page that needs the parts tries again.
    loading = undefined
    throw error
  })
  return loading
}

function lazyPart(name: keyof DocParts): Component {
  // Each part hydrates in a task of its own once its code is there (theme/deferred-hydration.ts).
  const part = deferredAsyncComponent(() => loadDocParts().then((parts) => parts[name]))
  return defineComponent({
    name: `Lazy${name}`,
    inheritAttrs: false,
    setup(_, { attrs, slots }) {
      const { frontmatter } = useData()
      // Rendered on the home page, the async wrapper would fetch the code only to hydrate an empty comment.
      return () => (frontmatter.value.layout === 'home' ? null : h(part, attrs, slots))
    },
  })
}

export const LazyDoc = lazyPart('VPDoc')
export const LazyLocalNav = lazyPart('VPLocalNav')
export const LazySidebar = lazyPart('VPSidebar')

/**
 * Call from the theme's `setup()`: a client-side move from the home page to a document fetches the parts along
 * with the page and shows both together, instead of the page first without its column and sidebar.
 */
export function useDocPartsOnNavigation(router: Router): void {
  if (!inBrowser) return
  const before = router.onBeforePageLoad
  const after = router.onAfterPageLoad
  router.onBeforePageLoad = (href) => {
    loadDocParts().catch(() => {})
    return before?.(href)
  }
  router.onAfterPageLoad = async (href) => {
    await loadDocParts().catch(() => {})
    await after?.(href)
  }
}
