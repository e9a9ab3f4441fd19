// The guide's pages in sidebar order, home page excluded: what the browser tests walk and what `npm run pdf` prints.
import type { DefaultTheme } from 'vitepress'
import { zh } from './zh.ts'

export interface SidebarPage {
  /** The sidebar's label. */
  text: string
  link: string
}

/** Every link of a sidebar, depth first, in the order a reader sees them; groups without a link only nest. */
export function sidebarLinks(items: readonly DefaultTheme.SidebarItem[]): SidebarPage[] {
  return items.flatMap((item) => [...(item.link ? [{ text: item.text ?? '', link: item.link }] : []), ...sidebarLinks(item.items ?? [])])
}

/** Every link of the site's sidebar (`zh.themeConfig.sidebar`), in order, with its label. */
export function sidebarPages(): SidebarPage[] {
  const sidebar = zh.themeConfig?.sidebar
  if (!Array.isArray(sidebar)) throw new Error('docs/.vitepress/config/zh.ts: themeConfig.sidebar is expected to be one array')
  return sidebarLinks(sidebar)
}
