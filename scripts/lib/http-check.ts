// Checks one remote URL the polite way: HEAD first, GET only when needed, redirects, retries, limits.
import { DEFAULT_USER_AGENT, send, type HttpOutcome } from './http-client.ts'
import { isRetryableStatus, retrying } from './http-retry.ts'
import type { RequestLimiter } from './request-limiter.ts'

/**
 * ok: reachable. redirect: reachable, but a permanent redirect says the link should be updated.
 * broken: the link is dead or the server failed. unverifiable: the host blocks robots or rate-limits us;
 * a person has to look.
 */
export type VerdictKind = 'ok' | 'redirect' | 'broken' | 'unverifiable'

export interface UrlVerdict {
  url: string
  kind: VerdictKind
  /** `200`, `404`, `redirect`, `redirect-loop`, `too-many-redirects`, `timeout`, `ECONNRESET`, `unverifiable`… */
  code: string
  message: string
  /** Status of the last response, when there was one. */
  status?: number
  /** Where the redirects ended, when there were any. */
  finalUrl?: string
  /** Every URL requested after the first one, in order. */
  redirects: string[]
  /** HTTP requests made, retries and the GET fallback included. */
  requests: number
  contentType?: string
  contentLength?: number
  /** Size of the whole body when a ranged GET was answered with `Content-Range: bytes 0-n/total`. */
  totalLength?: number
  /** The first bytes of the body, when `readBytes` asked for them (e.g. to sniff an image format). */
  bodyHead?: Uint8Array
}

export interface HostSettings {
  /** Start with GET for hosts whose HEAD answers lie (some CDNs). */
  method?: 'HEAD' | 'GET'
  timeoutMs?: number
  headers?: Record<string, string>
  /** The host answers robots with 403/captcha: such answers are "unverifiable", not "broken". */
  botWall?: boolean
}

export interface HttpCheckOptions {
  limiter: RequestLimiter
  timeoutMs: number
  /** Extra tries after a network error, 429 or 5xx. */
  retries: number
  /** First back-off delay; doubles on every retry. */
  backoffBaseMs?: number
  maxRedirects?: number
  userAgent?: string
  headers?: Record<string, string>
  hostSettings?: (url: URL) => HostSettings | undefined
  /** GET with `Range: bytes=0-(n-1)` and return up to n body bytes in `bodyHead`; the rest is never read. */
  readBytes?: number
}

/** Answers to HEAD that mean "ask me with GET", not "this is missing". */
const HEAD_REFUSED = new Set([403, 405, 501])
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const PERMANENT_REDIRECTS = new Set([301, 308])
/** Statuses with which bot walls and rate limiters answer; only these can be "unverifiable". */
const BOT_WALL_STATUSES = new Set([401, 403, 429, 503, 999])
/** Enough of a challenge page to recognise it; never more is read from an error body. */
const SNIFF_BYTES = 16 * 1024
const CHALLENGE_MARKERS =
  /captcha|cf-chl|challenge-platform|verify (?:that )?you are (?:a )?human|are you a robot|安全验证|人机验证/i

export async function checkUrl(url: string, options: HttpCheckOptions): Promise<UrlVerdict> {
  const maxRedirects = options.maxRedirects ?? 10
  const redirects: string[] = []
  const visited = new Set([url])
  let requests = 0
  let permanent = false
  let current = url

  for (;;) {
    let parsed: URL
    try {
      parsed = new URL(current)
    } catch {
      return verdict('broken', 'bad-url', `not a valid URL: ${current}`)
    }
    const settings = options.hostSettings?.(parsed) ?? {}
    const result = await requestWithRetries(parsed, settings, options)
    requests += result.requests
    const outcome = result.outcome

    if (outcome.type === 'network') {
      const message = outcome.timedOut
        ? `no answer within ${settings.timeoutMs ?? options.timeoutMs} ms`
        : `${outcome.message}${result.requests > 1 ? ` (after ${result.requests} tries)` : ''}`
      return verdict('broken', outcome.code, message + via())
    }

    const { status, headers } = outcome
    const location = headers.get('location')
    if (REDIRECT_STATUSES.has(status) && location) {
      let next: string
      try {
        next = new URL(location, parsed).href
      } catch {
        return verdict('broken', 'bad-redirect', `redirect to an invalid URL "${location}"`, status)
      }
      if (visited.has(next)) {
        return verdict('broken', 'redirect-loop', `redirect loop back to ${next}`, status, next)
      }
      if (redirects.length >= maxRedirects) {
        return verdict('broken', 'too-many-redirects', `more than ${maxRedirects} redirects`, status, next)
      }
      if (PERMANENT_REDIRECTS.has(status)) permanent = true
      visited.add(next)
      redirects.push(next)
      current = next
      continue
    }

    const details = {
      contentType: headers.get('content-type') ?? undefined,
      contentLength: numberOrUndefined(headers.get('content-length')),
      bodyHead: options.readBytes ? outcome.body : undefined,
      totalLength: totalFromContentRange(headers.get('content-range')),
    }
    if (status >= 200 && status <= 299) {
      if (permanent) {
        return { ...verdict('redirect', 'redirect', `moved permanently; link to ${current}`, status, current), ...details }
      }
      return { ...verdict('ok', String(status), 'ok' + via(), status), ...details }
    }
    if (status === 429) {
      return verdict('unverifiable', '429', `still rate-limited after ${result.requests} tries; check by hand` + via(), status)
    }
    if (isBotWall(status, headers, outcome.body, settings)) {
      return verdict('unverifiable', 'unverifiable', `HTTP ${status}: the host blocks automated checks; check by hand` + via(), status)
    }
    const tries = result.requests > 1 && isRetryableStatus(status) ? ` (after ${result.requests} tries)` : ''
    return verdict('broken', String(status), `HTTP ${status}${statusText(status)}${tries}` + via(), status)
  }

  function via(): string {
    return redirects.length > 0 ? ` (via redirect to ${redirects.at(-1)})` : ''
  }

  function verdict(kind: VerdictKind, code: string, message: string, status?: number, finalUrl?: string): UrlVerdict {
    const v: UrlVerdict = { url, kind, code, message, redirects, requests }
    if (status !== undefined) v.status = status
    const end = finalUrl ?? redirects.at(-1)
    if (end !== undefined) v.finalUrl = end
    return v
  }
}

/** One URL, no redirects followed: HEAD (or GET), GET when HEAD is refused, retries with back-off. */
async function requestWithRetries(
  url: URL,
  settings: HostSettings,
  options: HttpCheckOptions,
): Promise<{ outcome: HttpOutcome; requests: number }> {
  const timeoutMs = settings.timeoutMs ?? options.timeoutMs
  let method: 'HEAD' | 'GET' = options.readBytes ? 'GET' : (settings.method ?? 'HEAD')
  let requests = 0
  const request = () => {
    requests++
    const headers: Record<string, string> = {
      'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
      accept: 'text/html,application/xhtml+xml,image/*,*/*;q=0.8',
      ...options.headers,
      ...settings.headers,
    }
    if (method === 'GET' && options.readBytes) headers.range = `bytes=0-${options.readBytes - 1}`
    // Bodies are left unread, except the first bytes asked for and enough of an error page to spot a bot wall.
    const bodyBytes = (status: number) => (method === 'GET' ? (options.readBytes ?? (BOT_WALL_STATUSES.has(status) ? SNIFF_BYTES : 0)) : 0)
    return send(url, { method, headers, timeoutMs, bodyBytes }, options.limiter)
  }
  const outcome = await retrying(
    async () => {
      const first = await request()
      if (first.type !== 'response' || method !== 'HEAD' || !HEAD_REFUSED.has(first.status)) return first
      method = 'GET'
      return request()
    },
    // Retry-After is the server's own estimate, but a run must not stall on it: --timeout caps it.
    { retries: options.retries, backoffBaseMs: options.backoffBaseMs ?? 500, maxWaitMs: timeoutMs },
  )
  return { outcome, requests }
}

function isBotWall(status: number, headers: Headers, bodyHead: Uint8Array | undefined, settings: HostSettings): boolean {
  if (status === 999) return true // LinkedIn's and others' "go away, robot"
  if (!BOT_WALL_STATUSES.has(status)) return false
  if (settings.botWall) return true
  if (headers.get('cf-mitigated') === 'challenge') return true
  return bodyHead !== undefined && CHALLENGE_MARKERS.test(new TextDecoder().decode(bodyHead))
}

function numberOrUndefined(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined
  return Number(value)
}

/** `bytes 0-63/12345` → 12345; undefined for `*` or no header. */
function totalFromContentRange(value: string | null): number | undefined {
  const total = value === null ? undefined : /\/(\d+)\s*$/.exec(value)?.[1]
  return total === undefined ? undefined : Number(total)
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    400: ' Bad Request',
    401: ' Unauthorized',
    403: ' Forbidden',
    404: ' Not Found',
    410: ' Gone',
    500: ' Internal Server Error',
    502: ' Bad Gateway',
    503: ' Service Unavailable',
    504: ' Gateway Timeout',
  }
  return texts[status] ?? ''
}
