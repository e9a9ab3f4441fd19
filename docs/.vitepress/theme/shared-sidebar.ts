// VitePress's useSidebar(), computed once per page load and shared by the layout's components (config/shared.ts aliases it).
//
// Each of the eight components that call it (Layout, nav bar, title, local nav, sidebar, content, doc, footer)
// built its own copy: a matchMedia listener, the sidebar resolved for the page, a deep-compare watcher.
// Layout calls it first; the others receive that copy. Its `isOpen` was only ever read through Layout's copy.
import { inject, provide, type InjectionKey } from 'vue'
import { useCloseSidebarOnEscape, useSidebar as ownSidebar, useSidebarControl } from '@vitepress-default-theme/composables/sidebar.js'

const SIDEBAR: InjectionKey<ReturnType<typeof ownSidebar>> = Symbol('sidebar')

export function useSidebar(): ReturnType<typeof ownSidebar> {
  const shared = inject(SIDEBAR, undefined)
  if (shared) return shared
  const sidebar = ownSidebar()
  provide(SIDEBAR, sidebar)
  return sidebar
}

export { useCloseSidebarOnEscape, useSidebarControl }
