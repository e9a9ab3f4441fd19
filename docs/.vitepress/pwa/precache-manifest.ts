// Workbox manifest transforms: leave files out of the precache, and print what it holds by kind of file (BENCHMARKS.md).
import type { ManifestEntry } from 'workbox-build'

type SizedEntry = ManifestEntry & { size: number }

const KINDS: readonly [string, RegExp][] = [
  ['HTML', /\.html$/],
  ['JS', /\.js$/],
  ['CSS', /\.css$/],
  ['images', /\.(svg|png|jpe?g|webp|gif|avif)$/],
]

/** Bytes by kind (HTML, JS, CSS, images, other) and in total. */
export function precacheBreakdown(entries: readonly SizedEntry[]): { total: number; count: number; kinds: Record<string, number> } {
  const kinds: Record<string, number> = Object.fromEntries([...KINDS.map(([name]) => [name, 0]), ['other', 0]])
  for (const entry of entries) {
    const kind = KINDS.find(([, pattern]) => pattern.test(entry.url))?.[0] ?? 'other'
    kinds[kind]! += entry.size
  }
  return { total: entries.reduce((sum, e) => sum + e.size, 0), count: entries.length, kinds }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** A Workbox manifest transform that changes nothing and prints one line: the build's precache total. */
export function precacheReport(entries: SizedEntry[]): { manifest: SizedEntry[] } {
  // The worker is generated once, after VitePress has written the pages (pwa/one-worker.ts); a worker without the
  // home page in it would be a worker generated too early, and is not worth a line.
  if (!entries.some((entry) => entry.url === 'index.html')) return { manifest: entries }
  const { total, count, kinds } = precacheBreakdown(entries)
  const parts = Object.entries(kinds).map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
  console.log(`offline precache: ${count} files, ${kb(total)} uncompressed (${parts.join(', ')})`)
  return { manifest: entries }
}

/** A Workbox manifest transform that leaves out the given files (paths relative to the build's folder). */
export function withoutFiles(files: ReadonlySet<string>): (entries: SizedEntry[]) => { manifest: SizedEntry[] } {
  return (entries) => ({ manifest: entries.filter((entry) => !files.has(entry.url)) })
}
