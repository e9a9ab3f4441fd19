// Each top-level item of VitePress's sidebar (VPSidebarGroup's import; the items under it are VitePress's own),
// hydrated in a task of its own (theme/deferred-hydration.ts; config/shared.ts points VPSidebarGroup here).
import VPSidebarItem from '@vitepress-default-theme/components/VPSidebarItem.vue'
import { deferHydration } from '../deferred-hydration.ts'

export default deferHydration(VPSidebarItem)
