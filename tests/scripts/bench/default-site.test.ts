// bench:vs-default's copy of our site for default VitePress: which pages it takes, the sidebar it gets, its config and headers.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DefaultTheme } from 'vitepress'
import { describe, expect, it } from 'vitest'
import { sidebarLinks } from '../../../docs/.vitepress/config/sidebar-pages.ts'
import { zh } from '../../../docs/.vitepress/config/zh.ts'
import { listMarkdownFiles, sourcePath } from '../../../docs/.vitepress/pages.ts'
import { readText } from '../../../docs/.vitepress/text.ts'
import { GLOBAL_COMPONENTS } from '../../../docs/.vitepress/theme/components.ts'
import { configModule, CSP_HEADER, defaultSiteConfig, withoutCsp, type VercelJson } from '../../../scripts/bench/default-site/config.ts'
import { needsOurSite, selectPages, sidebarFor, sourceOfLink } from '../../../scripts/bench/default-site/pages.ts'

const ROOT = join(import.meta.dirname, '../../..')
const page = (file: string, body: string, frontmatter = 'title: x') => ({ file, text: `---\n${frontmatter}\n---\n\n${body}\n` })

const SIDEBAR: DefaultTheme.SidebarItem[] = [
  { text: 'Guide', items: [{ text: 'A', link: '/guide/a' }, { text: 'B', link: '/guide/b' }] },
  { text: 'Terms', items: [{ text: 'Overview', link: '/glossary/' }, { text: 'CLIP', link: '/glossary/clip' }] },
  { text: 'Only left-out pages', items: [{ text: 'Updates', link: '/updates' }] },
]
const PAGES = [
  page('index.md', '# Home'),
  page('guide/a.md', '# A\n\n!!! tip "ours"\n\n    Shown as text by default VitePress, built all the same.'),
  page('guide/b.md', '# B\n\nA `<GlossaryIndex />` and `{{ x }}` in code:\n\n```md\n{{{prompt}}}\n```'),
  page('glossary/index.md', '# Terms\n\n<GlossaryIndex />'),
  page('glossary/clip.md', '# CLIP\n\n| prompt | weight |\n| --- | --- |\n| {{{cat}}} | 1.05³ |'),
  page('updates.md', '# Updates', 'title: Updates\nvue: true'),
  page('orphan.md', '# Not in the sidebar'),
]

describe('the pages default VitePress builds', () => {
  it('takes the home and the sidebar pages in order, leaving out those that need our components, Vue or vue-safe', () => {
    const selection = selectPages(PAGES, SIDEBAR, GLOBAL_COMPONENTS)
    expect(selection.included).toEqual(['index.md', 'guide/a.md', 'guide/b.md'])
    expect(selection.leftOut.map((p) => p.file)).toEqual(['glossary/index.md', 'glossary/clip.md', 'updates.md'])
    expect(selection.leftOut[0]!.reason).toContain('<GlossaryIndex>')
    expect(selection.leftOut[1]!.reason).toContain('{{')
    expect(selection.leftOut[2]!.reason).toContain('vue: true')
  })

  it('does not count code: a component or `{{` in a code span or block is shown as it is', () => {
    expect(needsOurSite(PAGES[2]!, GLOBAL_COMPONENTS)).toBeUndefined()
    expect(needsOurSite(page('x.md', 'Text {{ x }} here.'), GLOBAL_COMPONENTS)).toBeDefined()
  })

  it('finds the source of a link as the server serves it', () => {
    const files = new Set(['index.md', 'glossary/index.md', 'glossary/clip.md'])
    expect(sourceOfLink('/', files)).toBe('index.md')
    expect(sourceOfLink('/glossary/', files)).toBe('glossary/index.md')
    expect(sourceOfLink('/glossary', files)).toBe('glossary/index.md')
    expect(sourceOfLink('/glossary/clip#anchor', files)).toBe('glossary/clip.md')
    expect(sourceOfLink('/glossary/cuda', files)).toBeUndefined()
  })

  it('keeps the sidebar\'s groups and order, less the links left out and the groups they empty', () => {
    const kept = new Set(['/guide/a', '/glossary/clip'])
    expect(sidebarFor(SIDEBAR, (link) => kept.has(link))).toEqual([
      { text: 'Guide', items: [{ text: 'A', link: '/guide/a' }] },
      { text: 'Terms', items: [{ text: 'CLIP', link: '/glossary/clip' }] },
    ])
  })

  it('on the real site: the four pages of issue 16 are built, the sidebar is ours less what is left out', () => {
    const docs = join(ROOT, 'docs')
    const pages = listMarkdownFiles(docs).map((file) => ({ file: sourcePath(docs, file), text: readText(file) }))
    const sidebar = zh.themeConfig!.sidebar as DefaultTheme.SidebarItem[]
    const selection = selectPages(pages, sidebar, GLOBAL_COMPONENTS)
    const included = new Set(selection.included)
    for (const path of ['/', '/glossary/jargon', '/guide/sd-and-nai', '/glossary/clip']) expect(sourceOfLink(path, included), path).toBeDefined()
    // The glossary index is the page made of a component.
    expect(selection.leftOut.map((p) => p.file)).toContain('glossary/index.md')
    const derived = sidebarLinks(sidebarFor(sidebar, (link) => sourceOfLink(link, included) !== undefined)).map((l) => l.link)
    const ours = sidebarLinks(sidebar).map((l) => l.link)
    expect(derived).toEqual(ours.filter((link) => sourceOfLink(link, included) !== undefined))
    expect(derived.length).toBe(selection.included.length - 1)
  })
})

describe('the default site\'s config and headers', () => {
  it('writes a module whose default export is the plain config', async () => {
    const config = defaultSiteConfig({ lang: 'zh-CN', title: 'AiDraw', sidebar: [{ text: 'A', link: '/a' }] })
    expect(config.themeConfig?.search).toEqual({ provider: 'local' })
    expect(config.cleanUrls).toBe(true)
    const loaded = (await import(`data:text/javascript,${encodeURIComponent(configModule(config))}`)) as { default: unknown }
    expect(loaded.default).toEqual(config)
  })

  it('serves with our vercel.json less the CSP: the same caching and other headers', () => {
    const ours = JSON.parse(readFileSync(join(ROOT, 'vercel.json'), 'utf8')) as VercelJson
    const theirs = withoutCsp(ours)
    const keys = (json: VercelJson) => (json.headers ?? []).flatMap((rule) => rule.headers.map((h) => `${rule.source} ${h.key}: ${h.value}`))
    expect(keys(ours).some((k) => k.includes(CSP_HEADER))).toBe(true)
    expect(keys(theirs)).toEqual(keys(ours).filter((k) => !k.includes(`${CSP_HEADER}:`)))
    expect(theirs.redirects).toEqual(ours.redirects)
  })
})
