// Runs browser code each time a page's content is in the document (when the app mounts and after each navigation),
// or just before the reader leaves a page for another.
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

/** Call from the theme's `setup`, in the browser: `leaving` runs before each move to another page. Keeps any `onBeforeRouteChange` set before it. */
export function onPageLeave(router: Router, leaving: () => void): void {
  const previous = router.onBeforeRouteChange
  router.onBeforeRouteChange = (to) => {
    leaving()
    return previous?.(to)
  }
}
