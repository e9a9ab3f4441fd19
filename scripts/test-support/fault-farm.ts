// A farm of misbehaving HTTP servers on 127.0.0.1 (404s, redirect loops, 429s, hangs, resets…) for link-checker tests and benchmarks.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** What a correct checker concludes about a farm URL. */
export interface Expectation {
  kind: 'ok' | 'redirect' | 'broken' | 'unverifiable'
  /** Verdict code when it matters (`404`, `timeout`, `redirect-loop`…). */
  code?: string
}

export interface FarmUrl {
  name: string
  url: string
  expected: Expectation
  /** Why this URL is in the farm, for benchmark tables. */
  about: string
}

export interface RequestRecord {
  name: string
  method: string
  path: string
  /** Milliseconds since the farm started. */
  at: number
}

export interface FaultFarm {
  urls: FarmUrl[]
  url(name: string): string
  /** Every request the farm received, in arrival order. */
  log: RequestRecord[]
  /** Most requests a server had in flight at the same moment, by farm name. */
  maxInFlight: Map<string, number>
  /** Body bytes the 1 GB endpoint managed to send before the client hung up. */
  hugeBytesSent(): number
  /** Forgets requests and counters (the 503-twice URL fails twice again) between two runs. */
  reset(): void
  close(): Promise<void>
}

export interface FarmOptions {
  /** How long the hung endpoint holds a request before giving up itself (longer than any client timeout). */
  hangMs?: number
  /** Seconds sent in the 429's Retry-After. */
  retryAfterSeconds?: number
  /** Extra URLs on one host, each answering after `crowdDelayMs`, to observe the per-host limit. */
  crowdSize?: number
  crowdDelayMs?: number
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, state: EndpointState) => void

interface Endpoint {
  name: string
  path: string
  expected: Expectation
  about: string
  handle: Handler
}

interface EndpointState {
  hits: number
}

const GIGABYTE = 1024 ** 3

export async function startFaultFarm(options: FarmOptions = {}): Promise<FaultFarm> {
  const hangMs = options.hangMs ?? 30_000
  const retryAfter = options.retryAfterSeconds ?? 1
  const crowdSize = options.crowdSize ?? 0
  const crowdDelayMs = options.crowdDelayMs ?? 100
  const started = Date.now()
  const log: RequestRecord[] = []
  const maxInFlight = new Map<string, number>()
  const states = new Map<string, EndpointState>()
  let hugeBytes = 0
  const servers: http.Server[] = []
  const timers = new Set<NodeJS.Timeout>()

  /** A 200 after `ms`, or nothing when the client leaves first. */
  const answerLater = (res: http.ServerResponse, ms: number) => {
    const timer = setTimeout(() => send(res, 200), ms)
    timers.add(timer)
    res.on('close', () => clearTimeout(timer))
  }

  const endpoints: Endpoint[] = [
    { name: 'ok', path: '/page', expected: { kind: 'ok' }, about: '200', handle: (_q, s) => send(s, 200) },
    failing('not-found', '/missing', 404, '404'),
    failing('gone', '/removed', 410, '410'),
    {
      name: 'moved',
      path: '/old',
      expected: { kind: 'redirect' },
      about: '301 → 200',
      handle: (q, s) => (q.url === '/old' ? redirect(s, 301, '/new') : send(s, 200)),
    },
    {
      name: 'found',
      path: '/temporary',
      expected: { kind: 'ok' },
      about: '302 → 200 (temporary: fine)',
      handle: (q, s) => (q.url === '/temporary' ? redirect(s, 302, '/here') : send(s, 200)),
    },
    {
      name: 'chain',
      path: '/a',
      expected: { kind: 'redirect' },
      about: '308 → 308 → 200',
      handle: (q, s) => (q.url === '/a' ? redirect(s, 308, '/b') : q.url === '/b' ? redirect(s, 308, '/c') : send(s, 200)),
    },
    {
      name: 'loop',
      path: '/ping',
      expected: { kind: 'broken', code: 'redirect-loop' },
      about: 'redirect loop',
      handle: (q, s) => redirect(s, 302, q.url === '/ping' ? '/pong' : '/ping'),
    },
    {
      name: 'rate-limited',
      path: '/busy',
      expected: { kind: 'ok' },
      about: `429 + Retry-After: ${retryAfter}, then 200`,
      handle: (_q, s, st) => (st.hits === 1 ? send(s, 429, { 'retry-after': String(retryAfter) }) : send(s, 200)),
    },
    {
      name: 'flaky',
      path: '/flaky',
      expected: { kind: 'ok' },
      about: '503 twice, then 200',
      handle: (_q, s, st) => (st.hits <= 2 ? send(s, 503) : send(s, 200)),
    },
    failing('server-error', '/error', 500, '500 always'),
    {
      name: 'hang',
      path: '/hang',
      expected: { kind: 'broken', code: 'timeout' },
      about: 'never answers',
      handle: (_q, s) => answerLater(s, hangMs),
    },
    {
      name: 'reset',
      path: '/reset',
      expected: { kind: 'broken' },
      about: 'connection reset',
      handle: (q) => q.socket.resetAndDestroy(),
    },
    {
      name: 'head-refused',
      path: '/get-only',
      expected: { kind: 'ok' },
      about: 'HEAD 405, GET 200',
      handle: (q, s) => (q.method === 'HEAD' ? send(s, 405, { allow: 'GET' }) : send(s, 200)),
    },
    {
      name: 'huge',
      path: '/huge.bin',
      expected: { kind: 'ok' },
      about: 'HEAD 405, GET streams 1 GB',
      handle: (q, s) => {
        if (q.method === 'HEAD') return send(s, 405, { allow: 'GET' })
        s.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(GIGABYTE) })
        streamGigabyte(s, (n) => (hugeBytes += n))
      },
    },
    failing('forbidden', '/private', 403, 'plain 403 (no bot-wall signs)'),
    {
      name: 'bot-wall',
      path: '/invite/abc',
      expected: { kind: 'unverifiable' },
      about: '403 captcha wall (cf-mitigated: challenge)',
      handle: (_q, s) =>
        send(s, 403, { 'cf-mitigated': 'challenge', 'content-type': 'text/html' }, '<title>Just a moment…</title><div id="challenge-platform">captcha</div>'),
    },
  ]
  for (let i = 0; i < crowdSize; i++) {
    endpoints.push({
      name: `crowd-${i}`,
      path: `/crowd/${i}`,
      expected: { kind: 'ok' },
      about: 'slow 200 on a shared host',
      handle: (_q, s) => answerLater(s, crowdDelayMs),
    })
  }

  // One server (so one host:port) per fault, so the per-host limit never serialises the farm;
  // the crowd shares one server, which is what the per-host limit is measured on.
  const serverFor = new Map<string, string>()
  const origins = new Map<string, string>()
  const groups = new Map<string, typeof endpoints>()
  for (const e of endpoints) {
    const group = e.name.startsWith('crowd-') ? 'crowd' : e.name
    serverFor.set(e.name, group)
    groups.set(group, [...(groups.get(group) ?? []), e])
  }
  for (const [group, members] of groups) {
    let inFlight = 0
    const server = http.createServer((req, res) => {
      const endpoint = members.find((e) => requestBelongs(e, req.url ?? '')) ?? members[0]!
      const state = states.get(endpoint.name) ?? { hits: 0 }
      states.set(endpoint.name, state)
      state.hits++
      log.push({ name: endpoint.name, method: req.method ?? '', path: req.url ?? '', at: Date.now() - started })
      inFlight++
      maxInFlight.set(group, Math.max(maxInFlight.get(group) ?? 0, inFlight))
      let counted = true
      const done = () => {
        if (counted) inFlight--
        counted = false
      }
      res.on('close', done)
      req.socket.on('close', done)
      endpoint.handle(req, res, state)
    })
    server.keepAliveTimeout = 1000
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    servers.push(server)
    origins.set(group, `http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  }

  const urls: FarmUrl[] = endpoints.map((e) => ({
    name: e.name,
    url: origins.get(serverFor.get(e.name)!)! + e.path,
    expected: e.expected,
    about: e.about,
  }))

  return {
    urls,
    url(name) {
      const found = urls.find((u) => u.name === name)
      if (!found) throw new Error(`no farm URL named ${name}`)
      return found.url
    },
    log,
    maxInFlight,
    hugeBytesSent: () => hugeBytes,
    reset() {
      log.length = 0
      maxInFlight.clear()
      states.clear()
      hugeBytes = 0
    },
    async close() {
      for (const timer of timers) clearTimeout(timer)
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve())
              server.closeAllConnections()
            }),
        ),
      )
    },
  }
}

/** An endpoint that always answers `status`: a broken link with that code. */
function failing(name: string, path: string, status: number, about: string): Endpoint {
  return { name, path, expected: { kind: 'broken', code: String(status) }, about, handle: (_q, s) => send(s, status) }
}

/** Which endpoint of a shared server a request is for: its own path, or the redirect targets it owns. */
function requestBelongs(endpoint: { path: string }, url: string): boolean {
  return url === endpoint.path
}

function send(res: http.ServerResponse, status: number, headers: Record<string, string> = {}, body = ''): void {
  if (res.destroyed) return
  res.writeHead(status, { 'content-type': 'text/plain', ...headers })
  res.end(body || `${status}\n`)
}

function redirect(res: http.ServerResponse, status: number, location: string): void {
  send(res, status, { location })
}

/** Writes up to 1 GB in 64 KB chunks, waiting for the socket to drain; stops when the client leaves. */
function streamGigabyte(res: http.ServerResponse, onSent: (bytes: number) => void): void {
  const chunk = Buffer.alloc(64 * 1024, 0x61)
  let sent = 0
  let closed = false
  res.on('close', () => (closed = true))
  const pump = () => {
    while (!closed && sent < GIGABYTE) {
      sent += chunk.length
      onSent(chunk.length)
      if (!res.write(chunk)) {
        res.once('drain', pump)
        return
      }
    }
    if (!closed) res.end()
  }
  pump()
}
