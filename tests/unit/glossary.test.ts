// The glossary as data: what collectGlossary reads from docs/glossary, the checks that fail the build, the anchor scheme.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { jargonAnchor, jargonLink, jargonNames } from '../../docs/.vitepress/glossary/anchors.ts'
import { collectGlossary, GlossaryError, glossaryFiles } from '../../docs/.vitepress/glossary/collect.ts'

describe('the glossary of the guide', () => {
  const entries = collectGlossary()

  it('has the seven term pages and the fourteen jargon rows', () => {
    expect(entries.filter((e) => e.kind === 'page').map((e) => e.id).sort()).toEqual(
      ['clip', 'cuda', 'ensd', 'jargon', 'latent-space', 'ldm', 'loss-function'],
    )
    const rows = entries.filter((e) => e.kind === 'jargon-row')
    expect(rows.map((r) => r.term)).toEqual([
      'NAI', '咒语/念咒', '施法/吟唱/t2i', '魔杖', 'i2i', 'inpaint', 'ti/emb/炼丹',
      'hn/hyper/冶金', '炸炉', '废丹', '美学/ext', 'db/梦展', 'ds', '8bit/bsb',
    ])
  })

  it('gives every entry a one-sentence summary and a link', () => {
    for (const entry of entries) {
      expect(entry.summary.length, entry.id).toBeGreaterThan(1)
      expect(entry.link, entry.id).toMatch(/^\/glossary\//)
    }
    expect(entries.find((e) => e.id === 'jargon#ti')).toMatchObject({
      names: ['ti', 'emb', '炼丹'],
      summary: 'Train 中的文本反转，一般特指 Embedding 插件',
      link: '/glossary/jargon#ti',
    })
    expect(entries.find((e) => e.id === 'ensd')?.names).toContain('31337')
  })

  it('lets no name belong to two entries', () => {
    const names = entries.flatMap((e) => e.names.map((n) => n.toLowerCase()))
    expect(names.length).toBe(new Set(names).size)
  })
})

describe('jargon anchors', () => {
  it.each([
    ['炼丹', '炼丹'],
    ['NAI', 'nai'],
    ['8bit', '8bit'],
    ['t2i', 't2i'],
    ['Ｄｂ', 'db'],
    ['latent space', 'latent-space'],
    [' eta/sigma ', 'eta-sigma'],
  ])('%s → #%s', (name, anchor) => {
    expect(jargonAnchor(name)).toBe(anchor)
  })

  it('refuses a name without letters or digits', () => {
    expect(() => jargonAnchor('——')).toThrow(/no letters or digits/)
  })

  it('splits a first cell into names and links each one', () => {
    expect(jargonNames('hn/hyper/冶金')).toEqual(['hn', 'hyper', '冶金'])
    expect(jargonNames(' 咒语 / 念咒 ')).toEqual(['咒语', '念咒'])
    expect(jargonLink('冶金')).toBe('/glossary/jargon#冶金')
  })
})

describe('broken glossary frontmatter fails with file:line and what to do', () => {
  function glossaryDir(pages: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'))
    for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, name), text)
    return dir
  }
  const problems = (pages: Record<string, string>): string => {
    try {
      collectGlossary(glossaryFiles(glossaryDir(pages)))
    } catch (error) {
      expect(error).toBeInstanceOf(GlossaryError)
      return (error as Error).message
    }
    throw new Error('collectGlossary accepted a broken glossary')
  }

  it('names a page without a term', () => {
    const message = problems({ 'vae.md': '---\ntitle: VAE\nsummary: 一种自编码器。\n---\n\n# VAE\n' })
    expect(message).toMatch(/vae\.md:1: frontmatter has no `term:`/)
  })

  it('names a page without a summary, at the line of its frontmatter', () => {
    const message = problems({ 'vae.md': '---\ntitle: VAE\nterm: VAE\n---\n\n# VAE\n' })
    expect(message).toMatch(/vae\.md:1: frontmatter has no `summary:`; add one sentence/)
  })

  it('refuses a summary of two sentences, at its line', () => {
    const message = problems({ 'vae.md': '---\nterm: VAE\nsummary: 一种自编码器。它很重要。\n---\n' })
    expect(message).toMatch(/vae\.md:3: summary must be one sentence: it has 2 sentences/)
  })

  it('refuses aliases that are not a list', () => {
    const message = problems({ 'vae.md': '---\nterm: VAE\naliases: 变分自编码器\nsummary: 一种自编码器。\n---\n' })
    expect(message).toMatch(/vae\.md:3: `aliases:` must be a list/)
  })

  it('names both places of an alias that two terms claim, ignoring case', () => {
    const message = problems({
      'a.md': '---\nterm: VAE\naliases: [vae decoder]\nsummary: 一种自编码器。\n---\n',
      'b.md': '---\nterm: 解码器\naliases: [VAE Decoder]\nsummary: 把潜在表示还原成图片的网络。\n---\n',
    })
    expect(message).toMatch(/b\.md:3: "VAE Decoder" already names "VAE" \(.*a\.md:3\)/)
  })

  it('checks the jargon table rows against the term pages', () => {
    const message = problems({
      'ti.md': '---\nterm: 文本反转\naliases: [炼丹]\nsummary: 训练一个新词向量。\n---\n',
      'jargon.md': '---\nterm: 黑话\nsummary: 缩写对照表。\n---\n\n# 黑话\n\n| 缩写 | 解释 |\n| --- | --- |\n| ti/炼丹 | 文本反转 |\n',
    })
    expect(message).toMatch(/ti\.md:3: "炼丹" already names "ti\/炼丹" \(.*jargon\.md:10\)/)
  })

  it('lists every problem at once', () => {
    const message = problems({ 'a.md': '---\ntitle: A\n---\n', 'b.md': '---\nterm: B\n---\n' })
    expect(message.split('\n').filter((l) => /\.md:\d+:/.test(l))).toHaveLength(3)
  })
})
