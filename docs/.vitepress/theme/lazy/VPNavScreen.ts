// VitePress's phone menu (VPNavScreen), fetched the first time the reader opens it (config/shared.ts points VPNav here).
//
// Until then it renders nothing, in the HTML and in the browser, as VitePress's own does while closed. Once its
// code is there it is mounted closed and opened a tick later, so that its transition runs: the transition's
// enter hook is what locks the page's scrolling behind the menu.
import { defineComponent, h, nextTick, ref, shallowRef, watch, type Component } from 'vue'

export default defineComponent({
  name: 'LazyVPNavScreen',
  inheritAttrs: false,
  props: { open: { type: Boolean, required: true } },
  setup(props, { attrs, slots }) {
    const screen = shallowRef<Component>()
    const ready = ref(false)
    const stop = watch(
      () => props.open,
      async (open) => {
        if (!open) return
        stop()
        screen.value = (await import('@vitepress-default-theme/components/VPNavScreen.vue')).default
        await nextTick()
        ready.value = true
      },
    )
    return () => (screen.value ? h(screen.value, { ...attrs, open: ready.value && props.open }, slots) : null)
  },
})
