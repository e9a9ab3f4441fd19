// When to try an HTTP request again and how long to wait first (back-off with p-retry, Retry-After).
import pRetry from 'p-retry'
import type { HttpOutcome } from './http-client.ts'

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

export interface RetryPolicy {
  /** Extra tries after a network error (a timeout excepted), 429 or 5xx. */
  retries: number
  /** First back-off delay; doubles on every retry. */
  backoffBaseMs: number
  /** The longest a Retry-After may make us wait: a run must not stall on a server's estimate. */
  maxWaitMs: number
}

/** An answer worth another try: "not now" statuses, a body cut off by an error, network errors other than a timeout. */
export function isRetryableOutcome(outcome: HttpOutcome): boolean {
  // A host that did not answer within the timeout will most likely not answer the next try either;
  // trying again would multiply the cost of every hung host by the number of retries.
  if (outcome.type === 'network') return !outcome.timedOut
  return isRetryableStatus(outcome.status) || outcome.bodyEnd === 'error'
}

class RetryableOutcome extends Error {
  constructor(readonly outcome: HttpOutcome) {
    super('retryable HTTP outcome')
  }
}

/**
 * Runs `attempt` (one or more requests) until its outcome is final or the retries are spent, with
 * doubling back-off (p-retry); a Retry-After makes the wait at least that long, up to `maxWaitMs`.
 * Returns the last outcome.
 */
export async function retrying(attempt: () => Promise<HttpOutcome>, policy: RetryPolicy): Promise<HttpOutcome> {
  try {
    return await pRetry(
      async () => {
        const outcome = await attempt()
        if (isRetryableOutcome(outcome)) throw new RetryableOutcome(outcome)
        return outcome
      },
      {
        retries: policy.retries,
        factor: 2,
        minTimeout: policy.backoffBaseMs,
        randomize: false,
        shouldRetry: ({ error }) => error instanceof RetryableOutcome,
        onFailedAttempt: async ({ error, retriesConsumed, retriesLeft }) => {
          if (!(error instanceof RetryableOutcome) || retriesLeft <= 0 || error.outcome.type !== 'response') return
          const asked = parseRetryAfter(error.outcome.headers.get('retry-after'))
          // p-retry waits the back-off next; only the part of the server's wish beyond it is added here.
          if (asked !== undefined) await sleep(Math.min(asked, policy.maxWaitMs) - backoffDelay(retriesConsumed, policy.backoffBaseMs))
        },
      },
    )
  } catch (error) {
    if (error instanceof RetryableOutcome) return error.outcome
    throw error
  }
}
