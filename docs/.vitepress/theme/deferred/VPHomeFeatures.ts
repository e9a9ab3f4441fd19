// VitePress's VPHomeFeatures, hydrated in a task of its own (theme/deferred-hydration.ts; config/shared.ts points the layout here).
import VPHomeFeatures from '@vitepress-default-theme/components/VPHomeFeatures.vue'
import { deferHydration } from '../deferred-hydration.ts'

export default deferHydration(VPHomeFeatures)
