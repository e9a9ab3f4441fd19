// VitePress's VPDocAside, hydrated in a task of its own (theme/deferred-hydration.ts; config/shared.ts points the layout here).
import VPDocAside from '@vitepress-default-theme/components/VPDocAside.vue'
import { deferHydration } from '../deferred-hydration.ts'

export default deferHydration(VPDocAside)
