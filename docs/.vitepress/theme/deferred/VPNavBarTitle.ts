// VitePress's VPNavBarTitle, hydrated in a task of its own (theme/deferred-hydration.ts; config/shared.ts points the layout here).
import VPNavBarTitle from '@vitepress-default-theme/components/VPNavBarTitle.vue'
import { deferHydration } from '../deferred-hydration.ts'

export default deferHydration(VPNavBarTitle)
