// check:images --network against a loopback image host: 200 image, wrong type, 404, redirect, slow, large.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultConfig } from '../../scripts/lib/checker-config.ts'
import { checkImages } from '../../scripts/lib/image-check.ts'
import { parseImagePolicy } from '../../scripts/lib/image-policy.ts'
import { startImageServer, type ImageServer } from '../fixtures/images-server/image-server.ts'

let server: ImageServer
let docs: string
let root: string

beforeAll(async () => {
  server = await startImageServer({ slowMs: 10_000 })
  root = mkdtempSync(join(tmpdir(), 'check-images-net-'))
  docs = join(root, 'docs')
  mkdirSync(docs)
  const lines = ['ok', 'page', 'missing', 'moved', 'slow', 'large'].map((name) => `![${name} 的示例图](${server.url(`/${name}.png`)})`)
  writeFileSync(join(docs, 'index.md'), `# 远程图片\n\n${lines.join('\n\n')}\n`)
})

afterAll(async () => {
  await server.close()
  rmSync(root, { recursive: true, force: true })
})

function run() {
  return checkImages({
    srcDir: docs,
    policy: parseImagePolicy({ imageHosts: { '127.0.0.1': { reach: 'ok', reason: 'the test server' } } }, 'test'),
    config: defaultConfig(''),
    network: true,
    concurrency: 4,
    perHost: 4,
    // Long enough for a good answer on a machine busy with the browser suites; /slow.png waits 10 s.
    timeoutMs: 2000,
    retries: 0,
  })
}

describe('--network on a loopback image host', () => {
  it('reports each bad answer once, at its image, and nothing for good images and redirects to one', async () => {
    const { findings, counts } = await run()
    const got = findings.map((f) => `${f.line} ${f.severity} ${f.code} ${f.url.replace(server.origin, '')}`)
    expect(got).toEqual([
      '5 error not-image /page.png',
      '7 error 404 /missing.png',
      '11 error timeout /slow.png',
      '13 warning heavy-remote /large.png',
    ])
    // Sizes as the host told them: the small and the large PNG, and the redirect's target again.
    expect(counts.remoteBytes).toBe(server.sizes.ok * 2 + server.sizes.large)
  })

  it('names the content type it got and the size it measured', async () => {
    const { findings } = await run()
    expect(findings.find((f) => f.code === 'not-image')?.message).toMatch(/with text\/html, not an image/)
    expect(findings.find((f) => f.code === 'heavy-remote')?.message).toContain(`${Math.round(server.sizes.large / 102.4) / 10} KB`)
  })

  it('asks with HEAD first and a ranged GET only when HEAD does not say image/*', async () => {
    server.log.length = 0
    await run()
    const requests = (path: string) => server.log.filter((l) => l.split(' ')[1] === path).sort()
    // Once for itself, once at the end of /moved.png's redirect.
    expect(requests('/ok.png')).toEqual(['HEAD /ok.png', 'HEAD /ok.png'])
    expect(requests('/moved.png')).toEqual(['HEAD /moved.png'])
    expect(requests('/page.png')).toEqual(['GET /page.png bytes=0-63', 'HEAD /page.png'])
    expect(requests('/missing.png')).toEqual(['HEAD /missing.png'])
  })
})
