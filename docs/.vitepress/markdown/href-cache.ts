// What a link of a page leads to costs a URL parse; the pages of a folder link the same few places again and
// again. One memo for the plugins that resolve links (absolute-links, glossary-links): per folder, except for
// the hrefs that lead to the page itself (`#x`, `?x`, ``), which are kept per page.

/** Results of `resolve(page, href)`, kept for the build; `page` is a path whose folder ends at its last `/`. */
export class HrefCache<T> {
  private readonly byBase = new Map<string, Map<string, T>>()

  constructor(private readonly resolve: (page: string, href: string) => T) {}

  get(page: string, href: string): T {
    const c = href.charCodeAt(0)
    const ownPage = href === '' || c === 0x23 /* # */ || c === 0x3f /* ? */
    const base = ownPage ? page : page.slice(0, page.lastIndexOf('/') + 1)
    let resolved = this.byBase.get(base)
    if (!resolved) {
      if (this.byBase.size > LIMIT) this.byBase.clear()
      this.byBase.set(base, (resolved = new Map()))
    }
    let result = resolved.get(href)
    if (result === undefined) {
      result = this.resolve(page, href)
      if (resolved.size > LIMIT) resolved.clear()
      resolved.set(href, result)
    }
    return result
  }
}

/** Bounds each level, so a build of many thousand pages keeps a bounded memo. */
const LIMIT = 10_000
