// Runs browser code each time a page's content is in the document: when the app mounts and after each navigation.
import { nextTick, onMounted } from 'vue'
import type { Router } from 'vitepress'

/** Call from the theme's `setup`, in the browser. Keeps any `onAfterRouteChange` set before it. */
export function onPageShown(router: Router, shown: () => void): void {
  const previous = router.onAfterRouteChange
  router.onAfterRouteChange = async (to) => {
    await previous?.(to)
    await nextTick()
    shown()
  }
  onMounted(shown)
}
