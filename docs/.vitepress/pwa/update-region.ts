// The update prompt's place in the layout: a live region in every page's HTML, which registers the offline worker
// and fetches the prompt (theme/components/UpdatePrompt.vue) and its style sheet only when a new deployment waits.
import { defineComponent, h, markRaw, onMounted, shallowRef, type Component } from 'vue'
import { withBase } from 'vitepress'
import { SERVICE_WORKER_FILE } from './file-names.ts'
import { watchForUpdate } from './update-watch.ts'

// docs/public/update-prompt.css. (Not imported by the component: VitePress writes all imported CSS into the one
// style sheet every page loads first.)
const STYLE = '/update-prompt.css'

export const UpdatePromptRegion = defineComponent({
  setup() {
    const prompt = shallowRef<Component>()
    const waiting = shallowRef<ServiceWorker>()
    onMounted(() => {
      // `vitepress dev` has no service worker.
      if (!import.meta.env.PROD) return
      watchForUpdate(withBase('/' + SERVICE_WORKER_FILE), withBase('/'), async (worker) => {
        const [card] = await Promise.all([import('../theme/components/UpdatePrompt.vue'), linkStyle()])
        prompt.value = markRaw(card.default)
        waiting.value = worker
      })
    })
    // The region is there from the start, so screen readers announce the prompt when it appears in it.
    return () =>
      h('div', { class: 'update-prompt-region', role: 'status', 'aria-live': 'polite' }, [
        prompt.value && waiting.value ? h(prompt.value, { worker: waiting.value, onClose: () => (waiting.value = undefined) }) : null,
      ])
  },
})

function linkStyle(): Promise<void> {
  const href = withBase(STYLE)
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve()
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href })
    link.addEventListener('load', () => resolve(), { once: true })
    link.addEventListener('error', () => resolve(), { once: true })
    document.head.append(link)
  })
}
