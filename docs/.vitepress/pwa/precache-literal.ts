// The precache list in sw.js as the JS object literals the rest of the minified worker is written in.
//
// Workbox's injectManifest writes the list after Vite has minified the worker, as JSON with sorted keys:
// `{"revision":"…","url":"…"}`. generateSW wrote `{url:"…",revision:"…"}`, and that is the form tests/e2e/offline.spec.ts
// (which makes a changed deployment by giving one entry a new revision) and anyone reading sw.js look for.
import { readFileSync, writeFileSync } from 'node:fs'

// fast-json-stable-stringify's output for one entry: a revision (an MD5 hex string, or null for hashed file names) and a URL.
const JSON_ENTRY = /\{"revision":(null|"[0-9a-f]*"),"url":("(?:[^"\\]|\\.)*")\}/g

/** The worker's source with every precache entry as `{url:"…",revision:"…"}`; `file` names it in the error. */
export function literalPrecacheEntries(source: string, file: string): string {
  let count = 0
  const result = source.replace(JSON_ENTRY, (_, revision: string, url: string) => {
    count++
    return `{url:${url},revision:${revision}}`
  })
  if (count === 0) {
    throw new Error(
      `${file}: no precache entry of the form {"revision":…,"url":…} found; Workbox has changed how injectManifest ` +
        'writes the list: update docs/.vitepress/pwa/precache-literal.ts',
    )
  }
  return result
}

/** Rewrites the built worker in place. */
export function rewritePrecacheEntries(file: string): void {
  writeFileSync(file, literalPrecacheEntries(readFileSync(file, 'utf8'), file))
}
