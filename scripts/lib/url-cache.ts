// Remembers which remote URLs answered well, for a while, so reruns skip them; failures are never kept.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { UrlVerdict } from './http-check.ts'

interface CacheEntry {
  checkedAt: number
  verdict: UrlVerdict
}

interface CacheFile {
  version: 1
  entries: Record<string, CacheEntry>
}

/** Only answers that were good are worth trusting later; a failure may be gone by the next run. */
export function isCacheable(verdict: UrlVerdict): boolean {
  return verdict.kind === 'ok' || verdict.kind === 'redirect'
}

export class UrlCache {
  private dirty = false

  private constructor(
    private readonly file: string | undefined,
    private readonly ttlMs: number,
    private readonly entries: Map<string, CacheEntry>,
  ) {}

  /** A cache that remembers nothing (for `--no-cache`). */
  static disabled(): UrlCache {
    return new UrlCache(undefined, 0, new Map())
  }

  /** Loads `file`, dropping expired entries; a missing or unreadable file starts an empty cache. */
  static async load(file: string, ttlMs: number, now: number = Date.now()): Promise<UrlCache> {
    const entries = new Map<string, CacheEntry>()
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>
      if (data.version === 1 && data.entries) {
        for (const [url, entry] of Object.entries(data.entries)) {
          if (now - entry.checkedAt < ttlMs && isCacheable(entry.verdict)) entries.set(url, entry)
        }
      }
    } catch {
      // No cache yet, or a broken one: both mean "check everything".
    }
    return new UrlCache(file, ttlMs, entries)
  }

  get size(): number {
    return this.entries.size
  }

  get(url: string): UrlVerdict | undefined {
    return this.entries.get(url)?.verdict
  }

  set(url: string, verdict: UrlVerdict, now: number = Date.now()): void {
    if (!this.file || !isCacheable(verdict)) return
    const { bodyHead: _bodyHead, ...storable } = verdict
    this.entries.set(url, { checkedAt: now, verdict: storable })
    this.dirty = true
  }

  /** Writes through a temporary file so a run killed mid-write never leaves half a cache. */
  async save(): Promise<void> {
    if (!this.file || !this.dirty) return
    const data: CacheFile = { version: 1, entries: Object.fromEntries(this.entries) }
    await mkdir(dirname(this.file), { recursive: true })
    const tmp = `${this.file}.${process.pid}.tmp`
    await writeFile(tmp, JSON.stringify(data) + '\n')
    await rename(tmp, this.file)
    this.dirty = false
  }
}
