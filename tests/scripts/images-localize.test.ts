// images:localize against a loopback image host: download, convert, content-hashed names, Markdown rewritten in place, idempotent, never overwriting.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { defaultConfig } from '../../scripts/lib/checker-config.ts'
import { checkImages } from '../../scripts/lib/image-check.ts'
import { localizeImages } from '../../scripts/lib/image-localize.ts'
import { parseImagePolicy } from '../../scripts/lib/image-policy.ts'
import { startImageServer, type ImageServer } from '../fixtures/images-server/image-server.ts'

let server: ImageServer
let root: string
let docs: string
let folder: string

beforeAll(async () => {
  server = await startImageServer({ slowMs: 10_000 })
  root = mkdtempSync(join(tmpdir(), 'images-localize-'))
  folder = `127.0.0.1_${new URL(server.origin).port}`
})

afterAll(async () => {
  await server.close()
  rmSync(root, { recursive: true, force: true })
})

/** A fresh docs tree for each test: two pages using the server's images in Markdown and HTML. */
beforeEach(() => {
  docs = join(root, `docs-${Math.random().toString(36).slice(2)}`)
  mkdirSync(join(docs, 'guide'), { recursive: true })
  cpSync('tests/fixtures/images-clean/docs/public', join(docs, 'public'), { recursive: true })
  writeFileSync(
    join(docs, 'index.md'),
    [
      '# 首页',
      '',
      `![蓝色的画板](${server.url('/ok.png')} "画板的标题")`,
      '',
      `<img src="${server.url('/large.png')}" alt="满是噪点的大图" width="900" height="600">`,
      '',
      `参考式：![跳转后的画板][moved]`,
      '',
      `[moved]: ${server.url('/moved.png')}`,
      '',
    ].join('\n'),
  )
  writeFileSync(
    join(docs, 'guide', 'more.md'),
    ['# 更多', '', `| 图 | 说明 |`, `| --- | --- |`, `| ![又一次的画板](${server.url('/ok.png')}) | 同一张图 |`, '', `![坏链接的图](${server.url('/missing.png')})`, ''].join('\n'),
  )
})

function localize(dryRun: boolean) {
  return localizeImages({
    srcDir: docs,
    dryRun,
    config: defaultConfig(''),
    concurrency: 4,
    perHost: 4,
    // Generous for a loopback server on a busy machine; the test server's slow image waits 10 s.
    timeoutMs: 5000,
    retries: 0,
    maxWidth: 400,
    budgetBytes: 300 * 1024,
  })
}

const read = (file: string) => readFileSync(join(docs, file), 'utf8')

describe('images:localize', () => {
  it('downloads, converts and rewrites each reference in place, keeping alt text and titles', async () => {
    const result = await localize(false)
    const ok = result.images.find((i) => i.url.endsWith('/ok.png'))!
    const large = result.images.find((i) => i.url.endsWith('/large.png'))!
    expect(ok.sitePath).toMatch(new RegExp(`^/images/${folder.replace(/\./g, '\\.')}/ok\\.[0-9a-f]{10}\\.png$`))
    expect(readFileSync(ok.file).length).toBe(ok.bytesOut)

    expect(read('index.md')).toContain(`![蓝色的画板](${ok.sitePath} "画板的标题")`)
    expect(read('index.md')).toContain(`<img src="${large.sitePath}" alt="满是噪点的大图" width="900" height="600">`)
    // The reference definition is rewritten, the use of it stays as written.
    expect(read('index.md')).toMatch(/参考式：!\[跳转后的画板\]\[moved\]\n\n\[moved\]: \/images\/.+\/moved\.[0-9a-f]{10}\.png\n/)
    expect(read('guide/more.md')).toContain(`| ![又一次的画板](${ok.sitePath}) | 同一张图 |`)

    // The redirect led to the same bytes: the same content hash under the name the page used.
    const moved = result.images.find((i) => i.url.endsWith('/moved.png'))!
    expect(moved.sitePath).toBe(ok.sitePath.replace('/ok.', '/moved.'))
    // The large noisy PNG was scaled to the maximum width and, still over the budget as PNG, became WebP.
    const meta = await sharp(large.file).metadata()
    expect([meta.width, meta.height, meta.format]).toEqual([400, 267, large.formatOut === 'webp' ? 'webp' : 'png'])
    expect(large.bytesOut).toBeLessThan(large.bytesIn)

    // The broken one stays remote and is reported where it is written.
    expect(result.failures.map((f) => `${f.line}:${f.col} ${f.code}`)).toEqual(['7:10 404'])
    expect(read('guide/more.md')).toContain(server.url('/missing.png'))
    expect(result.rewrittenFiles.map((f) => f.slice(docs.length))).toEqual(['/guide/more.md', '/index.md'])
  })

  it('leaves a tree the image check passes, apart from the broken image', async () => {
    await localize(false)
    const { findings } = await checkImages({
      srcDir: docs,
      policy: parseImagePolicy({ imageHosts: { '127.0.0.1': { reach: 'blocked', reason: 'remote' } } }, 'test'),
      config: defaultConfig(''),
      network: false,
      concurrency: 1,
      perHost: 1,
      timeoutMs: 1000,
      retries: 0,
    })
    expect(findings.map((f) => `${f.file.endsWith('more.md') ? 'more.md' : f.file}:${f.line} ${f.code}`)).toEqual(['more.md:7 blocked-host'])
  })

  it('is idempotent: a second run downloads nothing new and changes no file', async () => {
    await localize(false)
    const before = { index: read('index.md'), more: read('guide/more.md'), files: readdirSync(join(docs, 'public', 'images', folder)).sort() }
    const again = await localize(false)
    expect(again.images.map((i) => i.status)).toEqual([])
    expect(again.failures.map((f) => f.code)).toEqual(['404'])
    expect(read('index.md')).toBe(before.index)
    expect(read('guide/more.md')).toBe(before.more)
    expect(readdirSync(join(docs, 'public', 'images', folder)).sort()).toEqual(before.files)
  })

  it('writes nothing with --dry-run, yet names the files it would write', async () => {
    const plan = await localize(true)
    expect(plan.images.length).toBe(3)
    expect(plan.rewrittenFiles.length).toBe(2)
    expect(existsSync(join(docs, 'public', 'images', folder))).toBe(false)
    expect(read('index.md')).toContain(server.url('/ok.png'))
  })

  it('never overwrites a different file that has the same name', async () => {
    const plan = await localize(true)
    const ok = plan.images.find((i) => i.url.endsWith('/ok.png'))!
    mkdirSync(join(docs, 'public', 'images', folder), { recursive: true })
    writeFileSync(ok.file, 'somebody else’s file')
    const result = await localize(false)
    expect(readFileSync(ok.file, 'utf8')).toBe('somebody else’s file')
    expect(result.failures.filter((f) => f.code === 'name-taken').map((f) => `${f.file.endsWith('more.md') ? 'more' : 'index'}:${f.line}`).sort()).toEqual([
      'index:3',
      'more:5',
    ])
    expect(read('index.md')).toContain(server.url('/ok.png'))
  })

  it('refuses an address that answers with a web page', async () => {
    writeFileSync(join(docs, 'page.md'), `# 页面\n\n![一张图](${server.url('/page.png')})\n`)
    const result = await localize(false)
    expect(result.failures.find((f) => f.file.endsWith('page.md'))).toMatchObject({ line: 3, col: 8, code: 'not-image' })
  })
})
