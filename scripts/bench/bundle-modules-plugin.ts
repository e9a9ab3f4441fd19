// A Vite plugin for bench:bundle: writes each client chunk's modules and their minified sizes to a JSON file.
import { writeFileSync } from 'node:fs'
import type { Plugin } from 'vite'

export function recordModules(file: string): Plugin {
  let ssr = false
  return {
    name: 'aidraw:record-modules',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr)
    },
    generateBundle(_options, bundle) {
      // VitePress runs a client and a server build; only the client's chunks reach the browser.
      if (ssr) return
      const chunks: Record<string, Record<string, number>> = {}
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        chunks[output.fileName] = Object.fromEntries(Object.entries(output.modules).map(([id, m]) => [id, m.renderedLength]))
      }
      if (Object.keys(chunks).some((name) => name.startsWith('assets/app.'))) writeFileSync(file, JSON.stringify(chunks))
    },
  }
}
