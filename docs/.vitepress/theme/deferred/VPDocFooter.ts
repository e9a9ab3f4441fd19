// VitePress's VPDocFooter, hydrated in a task of its own (theme/deferred-hydration.ts; config/shared.ts points the layout here).
import VPDocFooter from '@vitepress-default-theme/components/VPDocFooter.vue'
import { deferHydration } from '../deferred-hydration.ts'

export default deferHydration(VPDocFooter)
