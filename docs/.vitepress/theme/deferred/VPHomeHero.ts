// VitePress's VPHomeHero, hydrated in a task of its own (theme/deferred-hydration.ts; config/shared.ts points the layout here).
import VPHomeHero from '@vitepress-default-theme/components/VPHomeHero.vue'
import { deferHydration } from '../deferred-hydration.ts'

export default deferHydration(VPHomeHero)
