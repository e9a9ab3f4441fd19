// Types of the parts of VitePress's default theme that theme/ imports through the
// `@vitepress-default-theme/` alias (config/shared.ts). Style sheets are covered by vite/client's `*.css`.
declare module '@vitepress-default-theme/Layout.vue' {
  import type { Component } from 'vue'
  const Layout: Component
  export default Layout
}

declare module '@vitepress-default-theme/components/VPBadge.vue' {
  import type { Component } from 'vue'
  const VPBadge: Component
  export default VPBadge
}

declare module '@vitepress-default-theme/components/VPNavBar.vue' {
  import type { Component } from 'vue'
  const VPNavBar: Component
  export default VPNavBar
}

declare module '@vitepress-default-theme/composables/sidebar.js' {
  import type { ComputedRef, Ref } from 'vue'
  import type { DefaultTheme } from 'vitepress/theme'
  export function useSidebar(): {
    isOpen: Ref<boolean>
    sidebar: Ref<DefaultTheme.SidebarItem[]>
    sidebarGroups: ComputedRef<DefaultTheme.SidebarItem[]>
    hasSidebar: ComputedRef<boolean>
    hasAside: ComputedRef<boolean>
    leftAside: ComputedRef<boolean>
    isSidebarEnabled: ComputedRef<boolean>
    open: () => void
    close: () => void
    toggle: () => void
  }
  export function useCloseSidebarOnEscape(isOpen: Ref<boolean>, close: () => void): void
  export function useSidebarControl(item: ComputedRef<DefaultTheme.SidebarItem>): Record<string, unknown>
}

declare module '@vitepress-default-theme/components/VPDoc.vue' {
  import type { Component } from 'vue'
  const VPDoc: Component
  export default VPDoc
}

declare module '@vitepress-default-theme/components/VPSidebar.vue' {
  import type { Component } from 'vue'
  const VPSidebar: Component
  export default VPSidebar
}

declare module '@vitepress-default-theme/components/VPLocalNav.vue' {
  import type { Component } from 'vue'
  const VPLocalNav: Component
  export default VPLocalNav
}

declare module '@vitepress-default-theme/components/VPNavScreen.vue' {
  import type { Component } from 'vue'
  const VPNavScreen: Component
  export default VPNavScreen
}

// The parts theme/deferred/*.ts hydrate in tasks of their own.
declare module '@vitepress-default-theme/components/*.vue' {
  import type { Component } from 'vue'
  const component: Component
  export default component
}
