// HTML the build wrote into a page's data, shown as is: no template to ship, and no hydration on the first
// load (Vue's lazy hydration with a strategy that never asks); after a client-side navigation the next page's
// HTML is rendered in its place (the island is keyed by page).
import { defineAsyncComponent, defineComponent, h, type Component } from 'vue'
import { useData } from 'vitepress'

/** A `<div class>` holding `page[key]` (a string of HTML), or nothing when the page has none. */
export function buildTimeHtml(key: string, className: string): Component {
  const content = defineComponent({
    props: { html: { type: String, required: true } },
    setup: (props) => () => h('div', { class: className, innerHTML: props.html }),
  })
  const island = defineAsyncComponent({ loader: () => Promise.resolve(content), hydrate: () => {} })
  return defineComponent({
    name: 'BuildTimeHtml',
    setup() {
      const { page } = useData()
      return () => {
        const html = (page.value as unknown as Record<string, unknown>)[key]
        return typeof html === 'string' && html ? h(island, { key: page.value.relativePath, html }) : null
      }
    },
  })
}
