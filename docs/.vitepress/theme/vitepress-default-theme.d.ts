// Types of the parts of VitePress's default theme that theme/default-theme.ts imports through the
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
