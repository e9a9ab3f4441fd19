// The one HTTP layer of the checkers: a request under the per-host and global limits, with a timeout and a capped body read (retries: http-retry.ts).
import type { RequestLimiter } from './request-limiter.ts'

export const DEFAULT_USER_AGENT =
  'Mozilla/5.0 (compatible; AiDraw-link-checker/1.0; +https://github.com/sudoskys/StableDiffusionBook)'

/**
 * How a body read ended: `complete` (the whole body, within the limit), `limit` (there was more; it was
 * left unread), `timeout` or `error` (the connection broke off: the bytes are what came before).
 */
export type BodyEnd = 'complete' | 'limit' | 'timeout' | 'error'

export type HttpOutcome =
  | { type: 'response'; status: number; headers: Headers; url: string; body: Uint8Array | undefined; bodyEnd: BodyEnd | undefined }
  | { type: 'network'; code: string; message: string; timedOut: boolean }

export interface HttpRequest {
  method: 'HEAD' | 'GET'
  headers: Record<string, string>
  /** For the whole request, body read included. */
  timeoutMs: number
  redirect?: 'manual' | 'follow'
  /** How many body bytes to read, decided once the status and headers are in; the rest is never downloaded. */
  bodyBytes?: (status: number, headers: Headers) => number
}

/** One request, no retries: it waits for a slot for its host and a global slot, and holds them until the body is read. */
export function send(url: URL | string, request: HttpRequest, limiter: RequestLimiter): Promise<HttpOutcome> {
  return limiter.run(new URL(url).host, () => sendNow(url, request))
}

async function sendNow(url: URL | string, request: HttpRequest): Promise<HttpOutcome> {
  const signal = AbortSignal.timeout(request.timeoutMs)
  try {
    const response = await fetch(url, { method: request.method, headers: request.headers, redirect: request.redirect ?? 'manual', signal })
    const wanted = request.bodyBytes?.(response.status, response.headers) ?? 0
    let read: { bytes: Uint8Array; end: BodyEnd } | undefined
    if (wanted > 0) read = await readAtMost(response, wanted, signal)
    else await response.body?.cancel().catch(() => {})
    return { type: 'response', status: response.status, headers: response.headers, url: response.url, body: read?.bytes, bodyEnd: read?.end }
  } catch (error) {
    return networkOutcome(error, signal)
  }
}

/** Reads up to `limit` bytes and drops the connection's remaining body unread. */
async function readAtMost(response: Response, limit: number, signal: AbortSignal): Promise<{ bytes: Uint8Array; end: BodyEnd }> {
  if (!response.body) return { bytes: new Uint8Array(), end: 'complete' }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  let end: BodyEnd = 'limit'
  try {
    while (total < limit) {
      const { done, value } = await reader.read()
      if (done) {
        end = 'complete'
        break
      }
      chunks.push(value)
      total += value.byteLength
    }
  } catch {
    // A body cut short still tells us what it began with; the caller decides whether that is enough.
    end = signal.aborted ? 'timeout' : 'error'
  } finally {
    await reader.cancel().catch(() => {})
  }
  const bytes = new Uint8Array(Math.min(total, limit))
  let offset = 0
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset)
    bytes.set(part, offset)
    offset += part.length
    if (offset >= bytes.length) break
  }
  return { bytes, end }
}

const FRIENDLY_ERRORS: Record<string, string> = {
  ECONNRESET: 'connection reset by the server',
  UND_ERR_SOCKET: 'connection closed by the server',
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'DNS lookup failed',
}

function networkOutcome(error: unknown, signal: AbortSignal): HttpOutcome {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  if (signal.aborted || err.name === 'TimeoutError') {
    return { type: 'network', code: 'timeout', message: 'timed out', timedOut: true }
  }
  const code = err.cause?.code ?? err.name ?? 'network-error'
  const message = FRIENDLY_ERRORS[code] ?? err.cause?.message ?? err.message ?? 'network error'
  return { type: 'network', code, message, timedOut: false }
}
