// Checks many remote URLs at once: each unique URL once, within global and per-host limits, through the cache.
import { hostSettingsFor, type CheckerConfig } from './checker-config.ts'
import { checkUrl, type HttpCheckOptions, type UrlVerdict } from './http-check.ts'
import { RequestLimiter } from './request-limiter.ts'
import { UrlCache } from './url-cache.ts'

export interface CheckUrlsOptions extends Omit<HttpCheckOptions, 'limiter' | 'hostSettings' | 'userAgent'> {
  concurrency: number
  perHost: number
  config: CheckerConfig
  cache?: UrlCache
  /** Called after each URL is settled, for a progress line. */
  onSettled?: (done: number, total: number, verdict: UrlVerdict) => void
}

export interface CheckUrlsResult {
  verdicts: Map<string, UrlVerdict>
  /** How many answers came from the cache instead of the network. */
  fromCache: number
}

export async function checkUrls(urls: Iterable<string>, options: CheckUrlsOptions): Promise<CheckUrlsResult> {
  const unique = [...new Set(urls)]
  const { config } = options
  const cache = options.cache ?? UrlCache.disabled()
  const limiter = new RequestLimiter({
    concurrency: options.concurrency,
    perHost: options.perHost,
    perHostFor: (host) => hostSettingsFor(config, new URL(`http://${host}`)).perHost,
  })
  const verdicts = new Map<string, UrlVerdict>()
  let fromCache = 0
  let done = 0

  await Promise.all(
    unique.map(async (url) => {
      let verdict = cache.get(url)
      if (verdict) fromCache++
      else {
        verdict = await checkUrl(url, {
          ...options,
          limiter,
          userAgent: config.userAgent,
          hostSettings: (u) => hostSettingsFor(config, u),
        })
        cache.set(url, verdict)
      }
      verdicts.set(url, verdict)
      options.onSettled?.(++done, unique.length, verdict)
    }),
  )
  await cache.save()
  return { verdicts, fromCache }
}
