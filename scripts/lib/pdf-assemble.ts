// Runs inside the browser (page.evaluate): fetches every page of the built site, and combines their content
// into the current document: cover, table of contents, then one section per page, with the site's stylesheets.
// Links between pages become links to sections, so the PDF's links stay inside the PDF.
// Self-contained on purpose: a function handed to page.evaluate cannot see this module's imports.
import type { BookPage, Cover } from './pdf-pages.ts'

export interface AssembleInput {
  pages: BookPage[]
  /** Site path → section id (pdf-pages.ts linkTargets). */
  targets: Record<string, string>
  cover: Cover
  labels: { toc: string; date: string }
  /** The PDF's own layout (cover, contents, page breaks), after the site's stylesheets. */
  css: string
}

export interface AssembleResult {
  /** Pages that could not be read, each with the reason. */
  problems: string[]
  /** Links now pointing at a section of the document. */
  internalLinks: number
}

export async function assembleGuide(input: AssembleInput): Promise<AssembleResult> {
  const problems: string[] = []
  const parser = new DOMParser()
  const fetched = await Promise.all(
    input.pages.map(async (page) => {
      const response = await fetch(page.link)
      if (!response.ok) problems.push(`${page.link}: HTTP ${response.status}`)
      return parser.parseFromString(await response.text(), 'text/html')
    }),
  )

  // The site's stylesheets (print.css included, with its media="print"), from the first page's head.
  for (const link of fetched[0]?.querySelectorAll('link[rel~="stylesheet"]') ?? []) document.head.append(document.importNode(link, true))
  const style = document.createElement('style')
  style.textContent = input.css
  document.head.append(style)

  const { cover, labels } = input
  const book = document.createElement('main')
  book.className = 'pdf-book'
  const coverSection = document.createElement('section')
  coverSection.className = 'pdf-cover'
  coverSection.innerHTML = '<h1></h1><p class="pdf-licence"></p><p class="pdf-date"></p><p class="pdf-url"><a></a></p>'
  coverSection.querySelector('h1')!.textContent = cover.title
  coverSection.querySelector('.pdf-licence')!.textContent = cover.licence
  coverSection.querySelector('.pdf-date')!.textContent = `${labels.date}${cover.date}`
  const siteLink = coverSection.querySelector('a')!
  siteLink.href = `${cover.siteUrl}/`
  siteLink.className = 'url-text'
  siteLink.textContent = `${cover.siteUrl}/`
  book.append(coverSection)

  const toc = document.createElement('nav')
  toc.className = 'pdf-toc vp-doc'
  toc.setAttribute('aria-labelledby', 'pdf-toc-title')
  toc.innerHTML = '<h1 id="pdf-toc-title"></h1><ol></ol>'
  toc.querySelector('h1')!.textContent = labels.toc
  for (const page of input.pages) {
    const item = document.createElement('li')
    const link = document.createElement('a')
    link.href = `#${page.id}`
    link.textContent = page.text
    item.append(link)
    toc.querySelector('ol')!.append(item)
  }
  book.append(toc)

  const base = new Map<Element, URL>()
  input.pages.forEach((page, i) => {
    const doc = fetched[i]!
    // The home page's hero and features are its content; every other page's is its .vp-doc.
    const content = doc.querySelector('.VPHome') ?? doc.querySelector('.vp-doc')
    if (!content) {
      problems.push(`${page.link}: no .vp-doc in the built page`)
      return
    }
    const section = document.createElement('section')
    section.id = page.id
    section.className = 'pdf-page'
    section.append(document.importNode(content, true))
    // Ids only need to be unique within a page on the site; here every page shares one document.
    for (const element of section.querySelectorAll('[id]')) element.id = `${page.id}--${element.id}`
    for (const image of section.querySelectorAll('img')) image.loading = 'eager'
    base.set(section, new URL(page.link, location.origin))
    book.append(section)
  })
  document.body.replaceChildren(book)

  let internalLinks = 0
  const decode = (fragment: string) => {
    try {
      return decodeURIComponent(fragment)
    } catch {
      return fragment
    }
  }
  for (const [section, pageUrl] of base) {
    for (const link of section.querySelectorAll('a[href]')) {
      const url = new URL(link.getAttribute('href')!, pageUrl)
      if (url.origin !== location.origin) continue
      const id = input.targets[url.pathname]
      if (!id) {
        // A file of the site that is no page of the guide (a feed, an image): the reader finds it online.
        link.setAttribute('href', cover.siteUrl + url.pathname + url.search + url.hash)
        continue
      }
      const anchor = url.hash ? `${id}--${decode(url.hash.slice(1))}` : id
      link.setAttribute('href', `#${document.getElementById(anchor) ? anchor : id}`)
      internalLinks++
    }
  }

  // decode() waits for the image to load: a broken one is named rather than printed as an empty box.
  await Promise.all(Array.from(document.images, (image) => image.decode().catch(() => problems.push(`image ${image.currentSrc || image.src} did not load`))))
  await document.fonts.ready
  return { problems, internalLinks }
}
