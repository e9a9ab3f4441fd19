// VitePress's VPNavBarMenu, hydrated in a task of its own (theme/deferred-hydration.ts; config/shared.ts points the layout here).
import VPNavBarMenu from '@vitepress-default-theme/components/VPNavBarMenu.vue'
import { deferHydration } from '../deferred-hydration.ts'

export default deferHydration(VPNavBarMenu)
