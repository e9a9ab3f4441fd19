// Click or tap a content image to see it large (medium-zoom); attached again after every client-side navigation.
import mediumZoom, { type Zoom } from 'medium-zoom/dist/pure'
import { nextTick, onMounted, watch } from 'vue'
import type { Router } from 'vitepress'
// The "pure" build: the default one injects its CSS as a <style> element, which the CSP refuses.
import 'medium-zoom/dist/style.css'

/**
 * Content images that zoom: all but those inside links (a click follows the link), badges (their
 * text says it all at 20 px) and any marked `.no-zoom`.
 */
export const ZOOMABLE = '.vp-doc img:not(a img):not(.badge):not(.no-zoom)'

/** Call from the theme's `setup()`. */
export function useImageZoom(router: Router): void {
  let zoom: Zoom | undefined
  const attach = () => {
    // The overlay takes the page's background, so a zoomed figure reads in light and dark alike.
    zoom ??= mediumZoom({ background: 'var(--vp-c-bg)', margin: 16 })
    zoom.detach()
    zoom.attach(ZOOMABLE)
  }
  onMounted(attach)
  watch(
    () => router.route.path,
    () => nextTick(attach),
  )
}
