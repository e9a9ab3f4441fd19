// VitePress's VPNavBarExtra, hydrated in a task of its own (theme/deferred-hydration.ts; config/shared.ts points the layout here).
import VPNavBarExtra from '@vitepress-default-theme/components/VPNavBarExtra.vue'
import { deferHydration } from '../deferred-hydration.ts'

export default deferHydration(VPNavBarExtra)
