// Components that are complete in the pre-rendered HTML and never need the browser's help on the page
// they were rendered for: no hydration on the first load (Vue's lazy hydration with a strategy that never
// asks), a normal render after a client-side navigation. Key them by page so each page gets its own.
import { defineAsyncComponent, defineComponent, h, type Component } from 'vue'
import { useData } from 'vitepress'

/** `component`, left as server-rendered HTML on the first load and rendered anew for every later page. */
export function staticIsland(component: Component): Component {
  const island = defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: () => {} })
  return defineComponent({
    name: 'StaticIsland',
    setup() {
      const { page } = useData()
      return () => h(island, { key: page.value.relativePath })
    },
  })
}
