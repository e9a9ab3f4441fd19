// What the PDF contains: sections in sidebar order with unique ids, and every address of a page leads to its section.
import { describe, expect, it } from 'vitest'
import { sidebarPages } from '../../docs/.vitepress/config/sidebar-pages.ts'
import { bookPages, linkTargets, sectionId } from '../../scripts/lib/pdf-pages.ts'

describe('bookPages', () => {
  it('starts with the home page, then follows the sidebar, each page once with its own id', () => {
    const pages = bookPages()
    expect(pages[0]!.link).toBe('/')
    expect(pages.slice(1).map((p) => p.link)).toEqual([...new Set(sidebarPages().map((p) => p.link))])
    expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length)
  })

  it('keeps a page listed twice in the sidebar once, where it first appears', () => {
    const pages = bookPages([{ text: 'A', link: '/a' }, { text: 'B', link: '/b' }, { text: 'A again', link: '/a.html' }])
    expect(pages.map((p) => p.text)).toEqual(['首页', 'A', 'B'])
  })
})

describe('linkTargets', () => {
  it('sends clean, .html and folder-index addresses of a page to its section', () => {
    const targets = linkTargets(bookPages([{ text: '名词', link: '/glossary/' }, { text: 'CLIP', link: '/glossary/clip' }]))
    for (const path of ['/glossary/', '/glossary', '/glossary/index', '/glossary/index.html']) expect(targets[path]).toBe(sectionId('/glossary/'))
    for (const path of ['/glossary/clip', '/glossary/clip.html']) expect(targets[path]).toBe(sectionId('/glossary/clip'))
    expect(targets['/']).toBe(sectionId('/'))
    expect(sectionId('/glossary/clip')).not.toBe(sectionId('/glossary/'))
  })
})
