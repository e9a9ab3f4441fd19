// The HTTP checker against a loopback fault farm: every verdict, retries and back-off, limits, bodies left unread.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFaultFarm, type FaultFarm } from '../../scripts/test-support/fault-farm.ts'
import { defaultConfig, parseConfig } from '../../scripts/lib/checker-config.ts'
import { checkUrls } from '../../scripts/lib/check-urls.ts'
import { checkUrl } from '../../scripts/lib/http-check.ts'
import { RequestLimiter } from '../../scripts/lib/request-limiter.ts'

// Long enough that a loaded machine cannot stall the farm's prompt answers past it: npm test runs the browser suites
// beside this one, and at 1 500 ms one 150 ms crowd answer once came back as a timeout.
const TIMEOUT_MS = 5000
const BACKOFF_MS = 100

let farm: FaultFarm

beforeAll(async () => {
  farm = await startFaultFarm({ hangMs: 10_000, retryAfterSeconds: 1, crowdSize: 10, crowdDelayMs: 150 })
})
afterAll(async () => {
  await farm.close()
})
beforeEach(() => farm.reset())

function options(perHost = 2) {
  return {
    limiter: new RequestLimiter({ concurrency: 16, perHost }),
    timeoutMs: TIMEOUT_MS,
    retries: 2,
    backoffBaseMs: BACKOFF_MS,
  }
}

function requestsTo(name: string) {
  return farm.log.filter((r) => r.name === name)
}

describe('every farm URL checked together', () => {
  it('gets every verdict right, with nothing downloaded beyond what is needed', async () => {
    const { verdicts } = await checkUrls(
      farm.urls.map((u) => u.url),
      { concurrency: 16, perHost: 2, timeoutMs: TIMEOUT_MS, retries: 2, backoffBaseMs: BACKOFF_MS, config: defaultConfig('') },
    )
    const wrong = farm.urls
      .map((u) => ({ name: u.name, expected: u.expected, got: verdicts.get(u.url) }))
      .filter(({ expected, got }) => got?.kind !== expected.kind || (expected.code !== undefined && got.code !== expected.code))
      .map(({ name, expected, got }) => `${name}: expected ${expected.kind} ${expected.code ?? ''}, got ${got?.kind} ${got?.code} (${got?.message})`)
    expect(wrong).toEqual([])
    // Each unique URL once: the crowd's ten URLs were each asked exactly once (HEAD, 200).
    for (let i = 0; i < 10; i++) expect(requestsTo(`crowd-${i}`)).toHaveLength(1)
  })
})

describe('single URLs', () => {
  it('reports a permanent redirect with the final URL, and a chain of 308s too', async () => {
    const moved = await checkUrl(farm.url('moved'), options())
    expect(moved).toMatchObject({ kind: 'redirect', code: 'redirect', status: 200 })
    expect(moved.finalUrl).toBe(farm.url('moved').replace('/old', '/new'))
    const chain = await checkUrl(farm.url('chain'), options())
    expect(chain.kind).toBe('redirect')
    expect(chain.redirects.map((u) => new URL(u).pathname)).toEqual(['/b', '/c'])
  })

  it('treats a temporary redirect to a good page as fine', async () => {
    expect((await checkUrl(farm.url('found'), options())).kind).toBe('ok')
  })

  it('calls a redirect loop broken after one lap', async () => {
    const v = await checkUrl(farm.url('loop'), options())
    expect(v).toMatchObject({ kind: 'broken', code: 'redirect-loop' })
    expect(requestsTo('loop').map((r) => r.path)).toEqual(['/ping', '/pong'])
  })

  it('waits as long as Retry-After says before trying a 429 again', async () => {
    const v = await checkUrl(farm.url('rate-limited'), options())
    expect(v.kind).toBe('ok')
    const [first, second] = requestsTo('rate-limited')
    expect(requestsTo('rate-limited')).toHaveLength(2)
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950)
  })

  it('caps Retry-After at the timeout', async () => {
    await farm.close()
    farm = await startFaultFarm({ retryAfterSeconds: 3600 })
    const v = await checkUrl(farm.url('rate-limited'), { ...options(), timeoutMs: 300 })
    expect(v.kind).toBe('ok')
    const [first, second] = requestsTo('rate-limited')
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(280)
    expect(second!.at - first!.at).toBeLessThan(5000)
    await farm.close()
    farm = await startFaultFarm({ hangMs: 10_000, retryAfterSeconds: 1, crowdSize: 10, crowdDelayMs: 150 })
  })

  it('retries a 503 with growing back-off and accepts the 200 that follows', async () => {
    const v = await checkUrl(farm.url('flaky'), options())
    expect(v).toMatchObject({ kind: 'ok', requests: 3 })
    const times = requestsTo('flaky').map((r) => r.at)
    expect(times).toHaveLength(3)
    const firstWait = times[1]! - times[0]!
    const secondWait = times[2]! - times[1]!
    expect(firstWait).toBeGreaterThanOrEqual(BACKOFF_MS - 10)
    expect(secondWait).toBeGreaterThanOrEqual(2 * BACKOFF_MS - 10)
    expect(secondWait).toBeGreaterThan(firstWait)
  })

  it('gives up on a server that always fails after 1 + retries tries', async () => {
    const v = await checkUrl(farm.url('server-error'), options())
    expect(v).toMatchObject({ kind: 'broken', code: '500', requests: 3 })
    expect(requestsTo('server-error')).toHaveLength(3)
  })

  it('spends exactly one timeout on a host that hangs', async () => {
    const started = Date.now()
    const v = await checkUrl(farm.url('hang'), options())
    expect(v).toMatchObject({ kind: 'broken', code: 'timeout', requests: 1 })
    expect(requestsTo('hang')).toHaveLength(1)
    expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 50)
  })

  it('retries a connection reset, then reports it', async () => {
    const v = await checkUrl(farm.url('reset'), options())
    expect(v.kind).toBe('broken')
    expect(v.code).toMatch(/ECONNRESET|UND_ERR_SOCKET/)
    expect(requestsTo('reset')).toHaveLength(3)
  })

  it('falls back to GET when HEAD is refused', async () => {
    const v = await checkUrl(farm.url('head-refused'), options())
    expect(v.kind).toBe('ok')
    expect(requestsTo('head-refused').map((r) => r.method)).toEqual(['HEAD', 'GET'])
  })

  it('never reads a 1 GB body whole', async () => {
    const v = await checkUrl(farm.url('huge'), options())
    expect(v).toMatchObject({ kind: 'ok', contentLength: 1024 ** 3 })
    // Give the server a moment to notice the client left, then count what it pushed out.
    await new Promise((r) => setTimeout(r, 200))
    expect(farm.hugeBytesSent()).toBeLessThan(64 * 1024 * 1024)
  })

  it('reads only the first bytes when asked for them (ranged GET)', async () => {
    const v = await checkUrl(farm.url('huge'), { ...options(), readBytes: 16 })
    expect(v.kind).toBe('ok')
    expect(v.bodyHead).toEqual(new Uint8Array(16).fill(0x61))
    expect(requestsTo('huge').map((r) => r.method)).toEqual(['GET'])
  })

  it('calls a captcha wall unverifiable, not broken', async () => {
    const v = await checkUrl(farm.url('bot-wall'), options())
    expect(v.kind).toBe('unverifiable')
  })

  it('calls a plain 403 broken, unless the host is listed as a bot wall', async () => {
    const forbidden = farm.url('forbidden')
    const plain = await checkUrl(forbidden, options())
    expect(plain).toMatchObject({ kind: 'broken', code: '403' })
    expect(requestsTo('forbidden').map((r) => r.method)).toEqual(['HEAD', 'GET'])
    const config = parseConfig({ botWallHosts: [new URL(forbidden).host] }, 'test', defaultConfig(''))
    const listed = await checkUrls([forbidden], { concurrency: 4, perHost: 2, timeoutMs: TIMEOUT_MS, retries: 0, config })
    expect(listed.verdicts.get(forbidden)?.kind).toBe('unverifiable')
  })

  it('still calls a page gone on a bot-walled host broken: a 410 is not a robot check', async () => {
    const gone = farm.url('gone')
    const config = parseConfig({ botWallHosts: [new URL(gone).host] }, 'test', defaultConfig(''))
    const { verdicts } = await checkUrls([gone], { concurrency: 4, perHost: 2, timeoutMs: TIMEOUT_MS, retries: 0, config })
    expect(verdicts.get(gone)).toMatchObject({ kind: 'broken', code: '410' })
  })
})

describe('limits', () => {
  it('never has more than --per-host requests in flight to one host', async () => {
    const crowd = farm.urls.filter((u) => u.name.startsWith('crowd-')).map((u) => u.url)
    const { verdicts } = await checkUrls(crowd, {
      concurrency: 16,
      perHost: 2,
      timeoutMs: TIMEOUT_MS,
      retries: 0,
      config: defaultConfig(''),
    })
    expect([...verdicts.values()].every((v) => v.kind === 'ok')).toBe(true)
    expect(farm.maxInFlight.get('crowd')).toBe(2)
  })

  it('honours a per-host override from the config', async () => {
    const crowd = farm.urls.filter((u) => u.name.startsWith('crowd-')).map((u) => u.url)
    const host = new URL(crowd[0]!).host
    const config = parseConfig({ hosts: { [host]: { perHost: 1 } } }, 'test', defaultConfig(''))
    await checkUrls(crowd.slice(0, 4), { concurrency: 16, perHost: 4, timeoutMs: TIMEOUT_MS, retries: 0, config })
    expect(farm.maxInFlight.get('crowd')).toBe(1)
  })

  it('never has more than --concurrency requests in flight overall', async () => {
    const crowd = farm.urls.filter((u) => u.name.startsWith('crowd-')).map((u) => u.url)
    await checkUrls(crowd, { concurrency: 3, perHost: 10, timeoutMs: TIMEOUT_MS, retries: 0, config: defaultConfig('') })
    expect(farm.maxInFlight.get('crowd')).toBe(3)
  })
})
