// When to try an HTTP request again and how long to wait first (back-off, Retry-After).

/** Statuses worth a second try: the server said "not now", not "no". */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501)
}

/** Exponential back-off: base, 2×base, 4×base… for retry 0, 1, 2… */
export function backoffDelay(retryIndex: number, baseMs: number): number {
  return baseMs * 2 ** retryIndex
}

/**
 * Milliseconds to wait according to a Retry-After header (delta-seconds or an HTTP date),
 * or undefined when the header is missing or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - now)
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}
