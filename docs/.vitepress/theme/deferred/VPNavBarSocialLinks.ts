// VitePress's VPNavBarSocialLinks, hydrated in a task of its own (theme/deferred-hydration.ts; config/shared.ts points the layout here).
import VPNavBarSocialLinks from '@vitepress-default-theme/components/VPNavBarSocialLinks.vue'
import { deferHydration } from '../deferred-hydration.ts'

export default deferHydration(VPNavBarSocialLinks)
