// VitePress's VPFooter, hydrated in a task of its own (theme/deferred-hydration.ts; config/shared.ts points the layout here).
import VPFooter from '@vitepress-default-theme/components/VPFooter.vue'
import { deferHydration } from '../deferred-hydration.ts'

export default deferHydration(VPFooter)
