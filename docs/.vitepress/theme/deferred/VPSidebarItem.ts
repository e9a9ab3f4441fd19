// VitePress's VPSidebarItem, hydrated in a task of its own (theme/deferred-hydration.ts; config/shared.ts points the layout here).
import VPSidebarItem from '@vitepress-default-theme/components/VPSidebarItem.vue'
import { deferHydration } from '../deferred-hydration.ts'

export default deferHydration(VPSidebarItem)
