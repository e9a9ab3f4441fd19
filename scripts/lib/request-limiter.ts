// Caps requests in flight: a global limit and a per-host limit, so no server sees more than its share.
import pLimit, { type LimitFunction } from 'p-limit'

export interface RequestLimiterOptions {
  concurrency: number
  perHost: number
  /** A different per-host limit for some hosts (from the config); undefined keeps the default. */
  perHostFor?: (host: string) => number | undefined
}

export class RequestLimiter {
  private readonly global: LimitFunction
  private readonly hosts = new Map<string, LimitFunction>()

  constructor(private readonly options: RequestLimiterOptions) {
    this.global = pLimit(options.concurrency)
  }

  /**
   * Runs `task` once both a slot for `host` and a global slot are free. The host slot is taken
   * first so that requests queued behind a slow host never sit on global slots others could use.
   */
  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    let limit = this.hosts.get(host)
    if (!limit) {
      limit = pLimit(this.options.perHostFor?.(host) ?? this.options.perHost)
      this.hosts.set(host, limit)
    }
    return limit(() => this.global(task))
  }
}
