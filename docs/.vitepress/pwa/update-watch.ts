// Registers the offline service worker once the page is idle and says when a newer deployment's worker waits: the
// browser's own API in a few lines, so no page loads workbox-window or the plugin's registration module.

/**
 * Registers the worker at `url` for `scope` after the page has loaded and the browser is idle, then calls
 * `onWaiting` whenever a new worker is installed and waiting behind the one that controls the page (at once if one
 * already waits, e.g. after a reload). The first visit's worker is not an update: it takes the page itself
 * (`clientsClaim`), and nothing is reported. Once an update has been reported, the page reloads when the new worker
 * takes control, whichever tab the reader accepted it in, so no tab runs old code against the new worker's files.
 */
export function watchForUpdate(url: string, scope: string, onWaiting: (worker: ServiceWorker) => void): void {
  if (!('serviceWorker' in navigator)) return
  afterLoadWhenIdle(() => {
    navigator.serviceWorker.register(url, { scope }).then(
      // A registration can come back empty without an error (test browsers that block workers resolve to nothing).
      (registration: ServiceWorkerRegistration | undefined) => {
        if (!registration) return
        let reloadArmed = false
        const report = () => {
          if (!registration.waiting || !navigator.serviceWorker.controller) return
          if (!reloadArmed) navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true })
          reloadArmed = true
          onWaiting(registration.waiting)
        }
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing
          worker?.addEventListener('statechange', () => worker.state === 'installed' && report())
        })
        report()
      },
      // Offline reading is an extra: a browser that refuses the worker (private mode, storage off) reads online.
      (error: unknown) => console.warn('offline reading is unavailable:', error),
    )
  })
}

function afterLoadWhenIdle(task: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 5000 }) : setTimeout(task, 1))
  if (document.readyState === 'complete') idle()
  else addEventListener('load', idle, { once: true })
}
