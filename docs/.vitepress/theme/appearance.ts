// The light/dark switch changes every colour at once instead of letting each one fade.
//
// config/shared.ts turns off @vueuse's own transition blocker (`appearance.disableTransition`): at every
// page load it inserted a <style> element and forced a style recalculation of the whole page. This
// blocks transitions only while the reader switches, with a class our CSS knows (styles/layout.css),
// for the two frames in which the new colours are computed — no <style> element, no forced recalculation.
import { provide } from 'vue'
import { useData } from 'vitepress'

export const SWITCHING_CLASS = 'switching-scheme'

/** Call from the theme's `setup()`: VitePress's switches call what is provided as `toggle-appearance`. */
export function useInstantAppearanceToggle(): void {
  const { isDark } = useData()
  provide('toggle-appearance', () => {
    const root = document.documentElement
    root.classList.add(SWITCHING_CLASS)
    isDark.value = !isDark.value
    requestAnimationFrame(() => requestAnimationFrame(() => root.classList.remove(SWITCHING_CLASS)))
  })
}
