// Runs in the offline page: replaces its two default links with every page the service worker has saved, by title.

interface SavedPage {
  href: string
  title: string
}

const SITE_SUFFIX = / \| AiDraw$/

/** Every saved HTML page but the offline page itself, by address, with the title its HTML names. */
async function savedPages(base: string): Promise<SavedPage[]> {
  const pages = new Map<string, SavedPage>()
  for (const name of await caches.keys()) {
    const cache = await caches.open(name)
    for (const request of await cache.keys()) {
      const url = new URL(request.url)
      if (url.origin !== location.origin || !url.pathname.startsWith(base) || !url.pathname.endsWith('.html')) continue
      const path = url.pathname.slice(base.length)
      if (path === 'offline.html' || path === '404.html') continue
      const response = await cache.match(request)
      const html = response ? await response.text() : ''
      const title = new DOMParser().parseFromString(html, 'text/html').title.replace(SITE_SUFFIX, '').trim()
      // Addresses as the site links them: no `.html`, `index` as the folder.
      const href = base + path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')
      // The home page's title is the guide's full title: the link says what the offline page's own link says.
      pages.set(href, { href, title: href === base ? '首页' : title || href })
    }
  }
  return [...pages.values()].sort((a, b) => a.href.localeCompare(b.href))
}

async function listSavedPages(): Promise<void> {
  const list = document.getElementById('offline-pages')
  if (!list || !('caches' in window)) return
  const pages = await savedPages(list.dataset.base ?? '/')
  if (pages.length === 0) return
  list.replaceChildren(
    ...pages.map((page) => {
      const item = document.createElement('li')
      const link = document.createElement('a')
      link.href = page.href
      link.textContent = page.title
      item.append(link)
      return item
    }),
  )
}

void listSavedPages()
