// Vite plugin: writes the files the service worker and the manifest name into the client build (icons, offline page).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { transformWithEsbuild, type Plugin } from 'vite'
import { renderIcons } from './icons.ts'
import { BACKGROUND_COLOR } from './manifest.ts'
import { OFFLINE_PAGE, OFFLINE_SCRIPT, OFFLINE_STYLE } from './file-names.ts'
import { offlinePageHtml } from './offline-page.ts'

const LOGO = new URL('../../public/logo.svg', import.meta.url)
const OFFLINE_LIST = new URL('./offline-list.ts', import.meta.url)
const OFFLINE_CSS = new URL('./offline.css', import.meta.url)

export function pwaBuildFiles(): Plugin {
  let base = '/'
  let ssr = false
  return {
    name: 'aidraw:pwa-build-files',
    apply: 'build',
    configResolved(config) {
      base = config.base
      ssr = Boolean(config.build.ssr)
    },
    // Written beside the bundle, not emitted into it: VitePress links the bundle's first CSS asset in every page
    // as the site's style sheet, and the offline page's must never be that one.
    async writeBundle({ dir }) {
      // VitePress builds the client and then the server bundle; only the client's output is the site.
      if (ssr || !dir) return
      const write = (fileName: string, source: string | Uint8Array) => writeFileSync(join(dir, fileName), source)
      for (const icon of await renderIcons(readFileSync(LOGO, 'utf8'), BACKGROUND_COLOR)) write(icon.fileName, icon.source)
      write(OFFLINE_PAGE, offlinePageHtml(base))
      write(OFFLINE_STYLE, readFileSync(OFFLINE_CSS, 'utf8'))
      const script = await transformWithEsbuild(readFileSync(OFFLINE_LIST, 'utf8'), OFFLINE_LIST.pathname, { loader: 'ts', minify: true, target: 'es2020' })
      write(OFFLINE_SCRIPT, script.code)
    },
  }
}
