// The updates feed against a real git history: which commits count, both feed formats, shallow clones.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, describe, expect, it } from 'vitest'
import { changedChars, MIN_CHANGED_CHARS } from '../../docs/.vitepress/feed/history.ts'
import { renderFeeds } from '../../docs/.vitepress/feed/feeds.ts'
import { recentUpdates, SHALLOW_FEED_WARNING } from '../../docs/.vitepress/feed/updates.ts'

const root = mkdtempSync(join(tmpdir(), 'feed-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const srcDir = join(root, 'docs')

const git = (args: string[], cwd = root, env: NodeJS.ProcessEnv = {}) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', ...env } })
const dayMs = (day: number) => Date.parse(`2024-03-${String(day).padStart(2, '0')}T02:00:00Z`)
const commit = (day: number, message: string) => {
  const date = new Date(dayMs(day)).toISOString()
  git(['add', '-A'])
  git(['commit', '-q', '-m', message], root, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date })
}
const write = (path: string, text: string) => {
  mkdirSync(join(srcDir, path, '..'), { recursive: true })
  writeFileSync(join(srcDir, path), text)
}
const page = (title: string, reviewed: string, body: string) => `---\ntitle: ${title}\ndescription: ${title}的说明\nreviewed: ${reviewed}\n---\n\n# ${title}\n\n${body}\n`

// A long Chinese paragraph on one line, as the guide writes them.
const PARAGRAPH = '因为泄漏事件，NAI 使用数千万 Danbooru 图片训练的模型被泄漏了两次，而后来 Stable Diffusion WebUi 对模型进行了支持，所以可以使用 WebUi 装载 NAI 的模型。'.repeat(3)

git(['init', '-q', '-b', 'main', root])
write('guide/typo.md', page('错字页', '2022-10', PARAGRAPH))
write('guide/分流地址.md', page('分流地址', '2022-10', '别名域名国内可用。'))
write('guide/dated.md', `---\ntitle: 补日期\n---\n\n# 补日期\n\n${PARAGRAPH}\n`)
write('guide/gone.md', page('删掉的页', '2022-10', '很快就删掉。'))
write('guide/stable.md', page('只改过错字', '2022-10', PARAGRAPH))
write('README.md', '# 仓库说明，不是页面\n')
commit(1, 'first pages')
write('guide/typo.md', page('错字页', '2022-10', PARAGRAPH.replace('两次', '二次')))
write('guide/dated.md', `---\ntitle: 补日期\nreviewed: 2022-10\nappliesTo: SD WebUI 1.x\n---\n\n# 补日期\n\n${PARAGRAPH}\n`)
commit(2, 'typo fix; first date on a page (neither counts)')
write('guide/分流地址.md', page('分流地址', '2024-03', '别名域名国内可用。'))
unlinkSync(join(srcDir, 'guide/gone.md'))
commit(3, 'mirrors checked again; a page removed')
write('guide/new.md', page('新页面', '2024-03', '新内容。'))
write('guide/stable.md', page('只改过错字', '2022-10', PARAGRAPH.replace('泄漏', '泄露')))
write('guide/typo.md', page('错字页', '2022-10', `${PARAGRAPH}\n\n新增一段：本段说明换了新版 WebUI 之后设置项的名字和位置都变了，需要重新找一找，并且截图也要重新拍一遍。`))
commit(4, 'a new page; a new paragraph; a typo fixed')

describe('changedChars', () => {
  it('counts what a hunk changed, not the length of the lines it touched', () => {
    expect(changedChars(PARAGRAPH, PARAGRAPH.replace('两次', '二次'))).toBe(2)
    expect(changedChars('', '新增一段')).toBe(4)
    expect(changedChars('a', 'a')).toBe(0)
  })
})

describe('recentUpdates', () => {
  it('lists new pages, later review dates and real changes, newest first; not typos, first dates, deletions or READMEs', () => {
    const warnings: string[] = []
    const entries = recentUpdates(srcDir, { warn: (m) => warnings.push(m) })
    expect(warnings).toEqual([])
    expect(entries.map((e) => [e.source, e.kind, e.date])).toEqual([
      ['guide/new.md', 'new', dayMs(4)],
      ['guide/typo.md', 'changed', dayMs(4)],
      ['guide/分流地址.md', 'reviewed', dayMs(3)],
      ['guide/dated.md', 'new', dayMs(1)],
      ['guide/stable.md', 'new', dayMs(1)],
    ])
    expect(entries[2]).toMatchObject({ path: '/guide/分流地址', title: '分流地址', summary: '分流地址的说明' })
    expect(MIN_CHANGED_CHARS).toBeGreaterThan(2)
  })
})

describe('renderFeeds', () => {
  const SITE = 'https://mirror.example'
  const { atom, json } = renderFeeds(recentUpdates(srcDir), SITE)

  it('writes well-formed Atom with absolute URLs, dated by the newest change', () => {
    expect(XMLValidator.validate(atom)).toBe(true)
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(atom) as {
      feed: { updated: string; link: { rel: string; href: string }[]; author: { name: string }; entry: { title: { '#text': string }; link: { href: string }; updated: string }[] }
    }
    expect(doc.feed.updated).toBe(new Date(dayMs(4)).toISOString())
    expect(doc.feed.link).toContainEqual({ rel: 'self', href: `${SITE}/feed.xml` })
    expect(doc.feed.author.name).toBeTruthy()
    expect(doc.feed.entry.map((e) => e.link.href)).toEqual([`${SITE}/guide/new`, `${SITE}/guide/typo`, `${SITE}${encodeURI('/guide/分流地址')}`, `${SITE}/guide/dated`, `${SITE}/guide/stable`])
    expect(doc.feed.entry.map((e) => e.title['#text'])).toEqual(['新页面：新页面', '内容更新：错字页', '重新核对：分流地址', '新页面：补日期', '新页面：只改过错字'])
    expect(doc.feed.entry[2]!.updated).toBe(new Date(dayMs(3)).toISOString())
  })

  it('writes a JSON Feed with the same entries', () => {
    const feed = JSON.parse(json) as { version: string; feed_url: string; items: { url: string; date_modified: string; content_html: string }[] }
    expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\//)
    expect(feed.feed_url).toBe(`${SITE}/feed.json`)
    expect(feed.items.map((i) => i.url)).toEqual([`${SITE}/guide/new`, `${SITE}/guide/typo`, `${SITE}${encodeURI('/guide/分流地址')}`, `${SITE}/guide/dated`, `${SITE}/guide/stable`])
    expect(feed.items[0]!.date_modified).toBe(new Date(dayMs(4)).toISOString())
    // The Beijing-time date, as the site shows dates: 02:00 UTC is 10:00 in Beijing.
    expect(feed.items[0]!.content_html).toContain('2024年3月4日 10:00 北京时间')
  })
})

describe('a shallow clone', () => {
  it('warns like 最后更新于 does and never dates a page to the grafted commit or the build', () => {
    const shallow = join(root, 'shallow')
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${root}`, shallow])
    const warnings: string[] = []
    const entries = recentUpdates(join(shallow, 'docs'), { warn: (m) => warnings.push(m) })
    expect(warnings).toEqual([SHALLOW_FEED_WARNING])
    // Commits 3 and 4 are fetched; 3 is the graft, whose diff against nothing would "create" every page.
    expect(entries.map((e) => [e.source, e.kind, e.date])).toEqual([
      ['guide/new.md', 'new', dayMs(4)],
      ['guide/typo.md', 'changed', dayMs(4)],
    ])
  })
})
