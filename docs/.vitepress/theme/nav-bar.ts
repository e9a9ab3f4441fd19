// VitePress's nav bar with the classes the page alone decides already in the server-rendered HTML (config/shared.ts aliases it).
//
// VPNavBar sets `has-sidebar`, `home` and `top` only after mounting, so on every page with a sidebar the
// title, search and divider jumped sideways at hydration (a layout shift of 0.019 at 1280 × 720). Passed
// from here, the classes fall through to its root in the HTML; `top` (scrolled to the top, as every page
// loads) is held until mounting, after which VPNavBar's own class follows the scroll position.
import { defineComponent, h, onMounted, ref } from 'vue'
import { useData } from 'vitepress'
import VPNavBar from '@vitepress-default-theme/components/VPNavBar.vue'
import { useSidebar } from './shared-sidebar.ts'

export default defineComponent({
  name: 'NavBar',
  inheritAttrs: false,
  setup(_, { attrs, slots }) {
    const { frontmatter } = useData()
    const { hasSidebar } = useSidebar()
    const mounted = ref(false)
    onMounted(() => (mounted.value = true))
    return () =>
      h(VPNavBar, { ...attrs, class: { 'has-sidebar': hasSidebar.value, home: frontmatter.value.layout === 'home', top: !mounted.value } }, slots)
  },
})
