// VitePress's VPNavBarAppearance, hydrated in a task of its own (theme/deferred-hydration.ts; config/shared.ts points the layout here).
import VPNavBarAppearance from '@vitepress-default-theme/components/VPNavBarAppearance.vue'
import { deferHydration } from '../deferred-hydration.ts'

export default deferHydration(VPNavBarAppearance)
