// Shared browser-test plumbing: the pages of the sidebar, and a page that never reaches the internet.
import { test as base, expect, type Page } from '@playwright/test'
import type { DefaultTheme } from 'vitepress'
import { zh } from '../../docs/.vitepress/config/zh.ts'

/** Every link of the sidebar, in order, with its label. */
export function sidebarPages(): { text: string; link: string }[] {
  const walk = (items: DefaultTheme.SidebarItem[]): { text: string; link: string }[] =>
    items.flatMap((item) => [
      ...(item.link ? [{ text: item.text ?? '', link: item.link }] : []),
      ...walk(item.items ?? []),
    ])
  const sidebar = zh.themeConfig?.sidebar
  if (!Array.isArray(sidebar)) throw new Error('zh.ts sidebar is expected to be one array')
  return walk(sidebar)
}

export interface ReaderPage {
  page: Page
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[]
  /** Hosts other than the local server that the page tried to reach: there should be none (images are self-hosted). */
  remoteHosts: Set<string>
}

export const test = base.extend<{ reader: ReaderPage }>({
  reader: async ({ page, baseURL }, use) => {
    const local = new URL(baseURL!).host
    const errors: string[] = []
    const remoteHosts = new Set<string>()
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text())
    })
    page.on('pageerror', (err) => errors.push(String(err)))
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      if (url.host === local || url.protocol === 'data:') return route.continue()
      remoteHosts.add(url.host)
      return route.abort('blockedbyclient')
    })
    await use({ page, errors, remoteHosts })
  },
})

export { expect }
