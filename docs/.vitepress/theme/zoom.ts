// Click or tap a content image to see it large (medium-zoom); attached again after every client-side navigation.
// medium-zoom is fetched only once a page with such an image is shown: most pages (home included) never load it.
import type { Zoom } from 'medium-zoom/dist/pure'
import { nextTick, onMounted, watch } from 'vue'
import type { Router } from 'vitepress'
// The "pure" build: the default one injects its CSS as a <style> element, which the CSP refuses.
import 'medium-zoom/dist/style.css'

/**
 * Content images that zoom: all but those inside links (a click follows the link), badges (their
 * text says it all at 20 px) and any marked `.no-zoom`.
 */
export const ZOOMABLE = '.vp-doc img:not(a img):not(.badge):not(.no-zoom)'

let zoomReady: Promise<Zoom> | undefined

/** The one zoom of the site, created on first use; the overlay takes the page's background for light and dark. */
function loadZoom(): Promise<Zoom> {
  zoomReady ??= import('medium-zoom/dist/pure').then(({ default: mediumZoom }) => mediumZoom({ background: 'var(--vp-c-bg)', margin: 16 }))
  return zoomReady
}

/** Call from the theme's `setup()`. */
export function useImageZoom(router: Router): void {
  const attach = async () => {
    const wanted = document.querySelector(ZOOMABLE) !== null
    if (!wanted && !zoomReady) return
    const zoom = await loadZoom()
    zoom.detach()
    // Selected now, not before the import: the reader may have moved on to another page meanwhile.
    zoom.attach(ZOOMABLE)
  }
  onMounted(attach)
  watch(
    () => router.route.path,
    () => nextTick(attach),
  )
}
