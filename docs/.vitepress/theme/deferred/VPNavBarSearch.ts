// VitePress's VPNavBarSearch, hydrated in a task of its own (theme/deferred-hydration.ts; config/shared.ts points the layout here).
import VPNavBarSearch from '@vitepress-default-theme/components/VPNavBarSearch.vue'
import { deferHydration } from '../deferred-hydration.ts'

export default deferHydration(VPNavBarSearch)
