// Small shared pieces of the checkers: srcset, Retry-After, argument parsing, config, reporters, cache.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { defaultConfig, hostSettingsFor, parseConfig } from '../../../scripts/lib/checker-config.ts'
import { COMMON_OPTION_SPECS, parseArgv, readCommonOptions } from '../../../scripts/lib/cli-args.ts'
import { UsageError, exitCodeFor } from '../../../scripts/lib/exit-codes.ts'
import type { Finding } from '../../../scripts/lib/finding.ts'
import { scanHtml } from '../../../scripts/lib/html-links.ts'
import type { UrlVerdict } from '../../../scripts/lib/http-check.ts'
import { backoffDelay, isRetryableStatus, parseRetryAfter } from '../../../scripts/lib/http-retry.ts'
import { ProgressLine } from '../../../scripts/lib/progress.ts'
import { formatFindingLine, formatGithubAnnotation } from '../../../scripts/lib/reporters.ts'
import { checkMailOrTel } from '../../../scripts/lib/site-links.ts'
import { parseSrcset } from '../../../scripts/lib/srcset.ts'
import { UrlCache } from '../../../scripts/lib/url-cache.ts'

describe('parseSrcset', () => {
  it('splits candidates at commas and keeps commas inside URLs', () => {
    expect(parseSrcset(' a.png 1x,b.png 2x , data:image/png;base64,AAA= 3x').map((c) => c.url)).toEqual([
      'a.png',
      'b.png',
      'data:image/png;base64,AAA=',
    ])
    expect(parseSrcset('a.png, b.png 480w')).toEqual([
      { url: 'a.png', descriptor: '' },
      { url: 'b.png', descriptor: '480w' },
    ])
  })
})

describe('retry timing', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2024-01-01T00:00:00Z')
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Sun, 31 Dec 2023 00:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })

  it('doubles the back-off and retries only "not now" answers', () => {
    expect([0, 1, 2].map((i) => backoffDelay(i, 250))).toEqual([250, 500, 1000])
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true)
    expect([200, 301, 403, 404, 410, 501].some(isRetryableStatus)).toBe(false)
  })
})

describe('command-line options', () => {
  const parse = (...argv: string[]) => readCommonOptions(parseArgv(argv, COMMON_OPTION_SPECS).values)

  it('has the documented defaults', () => {
    expect(parse()).toEqual({ format: 'human', concurrency: 16, perHost: 2, timeoutMs: 10_000, retries: 2, configFile: undefined, help: false })
  })

  it('reads every common option', () => {
    expect(parse('--json', '--concurrency', '4', '--per-host', '1', '--timeout', '500', '--retries', '0', '--config', 'x.json')).toMatchObject({
      format: 'json',
      concurrency: 4,
      perHost: 1,
      timeoutMs: 500,
      retries: 0,
      configFile: 'x.json',
    })
    expect(parse('--format', 'github').format).toBe('github')
  })

  it('turns mistakes into usage errors', () => {
    expect(() => parse('--concurrency', '0')).toThrow(UsageError)
    expect(() => parse('--timeout', 'soon')).toThrow(/--timeout needs a whole number/)
    expect(() => parse('--format', 'xml')).toThrow(/--format must be one of/)
    expect(() => parse('--json', '--format', 'github')).toThrow(UsageError)
    expect(() => parse('--no-such-flag')).toThrow(UsageError)
  })
})

describe('config', () => {
  it('matches hosts with their subdomains, the most specific entry winning', () => {
    const config = parseConfig(
      { botWallHosts: ['discord.gg'], hosts: { 'zhihu.com': { perHost: 1 }, 'zhuanlan.zhihu.com': { method: 'GET' } } },
      'x',
      defaultConfig('c'),
    )
    expect(hostSettingsFor(config, new URL('https://zhuanlan.zhihu.com/p/1'))).toEqual({ method: 'GET' })
    expect(hostSettingsFor(config, new URL('https://www.zhihu.com/'))).toEqual({ perHost: 1 })
    expect(hostSettingsFor(config, new URL('https://discord.gg/abc'))).toEqual({ botWall: true })
    expect(hostSettingsFor(config, new URL('https://notdiscord.gg/abc'))).toEqual({})
  })

  it('rejects unknown keys and bad patterns instead of ignoring them', () => {
    expect(() => parseConfig({ ignores: [] }, 'x', defaultConfig('c'))).toThrow(/unknown key "ignores"/)
    expect(() => parseConfig({ ignore: ['('] }, 'x', defaultConfig('c'))).toThrow(/not a valid regular expression/)
    expect(() => parseConfig({ hosts: { a: { perHost: 0 } } }, 'x', defaultConfig('c'))).toThrow(/perHost/)
  })

  it('passes a checker its own extra keys', () => {
    const config = parseConfig({ imageHosts: ['img.shields.io'] }, 'x', defaultConfig('c'), ['imageHosts'])
    expect(config.extra).toEqual({ imageHosts: ['img.shields.io'] })
    expect(() => parseConfig({ imageHosts: [] }, 'x', defaultConfig('c'))).toThrow(/unknown key/)
  })

  it('reads the project config file', () => {
    const raw = JSON.parse(readFileSync('links.config.json', 'utf8')) as unknown
    const config = parseConfig(raw, 'links.config.json', defaultConfig('c'))
    expect(config.botWallHosts).toContain('discord.gg')
  })
})

describe('reporters', () => {
  const finding: Finding = {
    file: 'docs/a.md',
    line: 12,
    col: 5,
    severity: 'error',
    code: '404',
    message: 'HTTP 404 Not Found',
    url: 'https://example.com/x',
    text: '链接',
  }

  it('prints one line a finding, location first', () => {
    expect(formatFindingLine(finding)).toBe('docs/a.md:12:5 error 404 https://example.com/x (链接) — HTTP 404 Not Found')
  })

  it('writes GitHub annotations with their special characters escaped', () => {
    expect(formatGithubAnnotation({ ...finding, file: 'docs/a,b.md', message: '50%\nnext' })).toBe(
      '::error file=docs/a%2Cb.md,line=12,col=5,title=404::https://example.com/x (链接) — 50%25%0Anext',
    )
    expect(formatGithubAnnotation({ ...finding, severity: 'warning', line: 0, col: 0 })).toMatch(/^::warning file=docs\/a\.md,title=404::/)
  })

  it('fails a run on errors only', () => {
    expect(exitCodeFor([])).toBe(0)
    expect(exitCodeFor([{ ...finding, severity: 'warning' }])).toBe(0)
    expect(exitCodeFor([{ ...finding, severity: 'warning' }, finding])).toBe(1)
  })
})

describe('html scan', () => {
  it('collects ids and links, marks what is inside the content wrapper, and skips canonical links', () => {
    const html =
      '<link rel="canonical" href="https://x/"><link rel="icon" href="/i.svg"><nav><a href="/n">导航</a></nav>' +
      '<div class="vp-doc x"><h2 id="海外">海外<a href="#海外">​</a></h2><img src="/p.png" alt="图"></div><a name="old" href="/f">页脚</a>'
    const { links, ids } = scanHtml(html, { contentClass: 'vp-doc' })
    expect([...ids]).toEqual(['海外', 'old'])
    expect(links.map((l) => `${l.tag} ${l.url} ${l.inContent ? 'content' : 'theme'} ${l.text}`)).toEqual([
      'link /i.svg theme ',
      'a /n theme 导航',
      'a #海外 content ',
      'img /p.png content 图',
      'a /f theme 页脚',
    ])
  })
})

describe('redirect stubs', () => {
  it('reads the target of a meta refresh as a link', () => {
    const { links } = scanHtml('<meta http-equiv="Refresh" content="0; url=/glossary/clip"><meta http-equiv="refresh" content="5">')
    expect(links.map((l) => `${l.tag} ${l.url}`)).toEqual(['meta /glossary/clip'])
  })
})

describe('mailto and tel', () => {
  it('checks the form only', () => {
    expect(checkMailOrTel('mailto', 'mailto:a@example.com,b@example.org?subject=hi')).toBeUndefined()
    expect(checkMailOrTel('mailto', 'mailto:?subject=hi')).toBeUndefined()
    expect(checkMailOrTel('mailto', 'mailto:a@@example')?.code).toBe('bad-mailto')
    expect(checkMailOrTel('mailto', 'mailto:')?.code).toBe('bad-mailto')
    expect(checkMailOrTel('tel', 'tel:+86-10-1234-5678')).toBeUndefined()
    expect(checkMailOrTel('tel', 'tel:call-me')?.code).toBe('bad-tel')
  })
})

describe('cache', () => {
  const verdict = (kind: UrlVerdict['kind']): UrlVerdict => ({ url: 'u', kind, code: 'c', message: '', redirects: [], requests: 1 })

  it('keeps good answers until they expire and never keeps failures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-cache-'))
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
    const file = join(dir, 'links.json')
    const cache = await UrlCache.load(file, 1000, 0)
    cache.set('https://ok', verdict('ok'), 0)
    cache.set('https://moved', verdict('redirect'), 0)
    cache.set('https://dead', verdict('broken'), 0)
    cache.set('https://walled', verdict('unverifiable'), 0)
    await cache.save()
    const fresh = await UrlCache.load(file, 1000, 999)
    expect([fresh.get('https://ok')?.kind, fresh.get('https://moved')?.kind, fresh.get('https://dead'), fresh.get('https://walled')]).toEqual([
      'ok',
      'redirect',
      undefined,
      undefined,
    ])
    const stale = await UrlCache.load(file, 1000, 1000)
    expect(stale.size).toBe(0)
  })
})

describe('progress line', () => {
  function fakeStream(isTTY: boolean) {
    const writes: string[] = []
    const stream = { isTTY, columns: 30, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream
    return { stream, writes }
  }

  it('stays silent when stderr is not a terminal', () => {
    const { stream, writes } = fakeStream(false)
    const progress = new ProgressLine(stream)
    progress.update('Reading pages 1/2')
    progress.clear()
    expect(writes).toEqual([])
  })

  it('redraws one line on a terminal, shortened to its width, and erases it at the end', () => {
    const { stream, writes } = fakeStream(true)
    const progress = new ProgressLine(stream, { intervalMs: 0 })
    progress.update('Checking external URLs 1/96 (0 broken)')
    progress.clear()
    expect(writes).toEqual(['\r\x1b[2KChecking external URLs 1/96 …', '\r\x1b[2K'])
  })
})
