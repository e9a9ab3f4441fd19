// The search tokenizer: Chinese words and character pairs, Latin words and numbers whole, no short word lost.
import { describe, expect, it } from 'vitest'
import { normalizeTerm, tokenize } from '../../docs/.vitepress/search/tokenize.ts'

const terms = (text: string, bigrams = true) => tokenize(text, { bigrams }).map(normalizeTerm)

describe('tokenize', () => {
  it('cuts a Chinese sentence into words instead of keeping it as one token', () => {
    const words = terms('损失函数衡量模型的输出与目标之间差了多少', false)
    expect(words).toEqual(expect.arrayContaining(['损失', '函数', '衡量', '模型', '输出', '目标']))
    expect(words).not.toContain('损失函数衡量模型的输出与目标之间差了多少')
  })

  it('adds adjacent character pairs, so words the dictionary splits still match whole', () => {
    // ICU splits 炸炉 and 显存 into single characters.
    expect(terms('炸炉前的日志', false)).not.toContain('炸炉')
    expect(terms('炸炉前的日志')).toContain('炸炉')
    expect(terms('降低显存占用')).toContain('显存')
  })

  it('does not add a pair that is already a word at the same place', () => {
    expect(terms('炼丹')).toEqual(['炼丹'])
    expect(terms('冶金 炼丹')).toEqual(['冶金', '炼丹'])
  })

  it('keeps Latin words, numbers and words with digits whole', () => {
    expect(terms('ti/emb/炼丹 8bit/bsb t2i/i2i 31337 aesthetic_embeddings 16g')).toEqual(
      expect.arrayContaining(['ti', 'emb', '8bit', 'bsb', 't2i', 'i2i', '31337', 'aesthetic_embeddings', '16g']),
    )
  })

  it('separates Latin words from the Chinese around them, without spaces', () => {
    expect(terms('使用CUDA技术')).toEqual(['使用', 'cuda', '技术'])
  })

  it('keeps two-letter jargon: no stop words', () => {
    for (const jargon of ['ti', 'hn', 'db', 'ds', 'a', 'the', 'of']) expect(terms(jargon)).toEqual([jargon])
  })

  it('drops punctuation and spaces, Chinese and Latin', () => {
    expect(terms('（Novel AI，一般特指 Leak）')).toEqual(['novel', 'ai', '一般', '特指', 'leak', '般特'])
  })

  it('lower-cases and folds full-width letters', () => {
    expect(terms('ＣＬＩＰ NAI DreamBooth')).toEqual(['clip', 'nai', 'dreambooth'])
  })

  it('cuts a query the way it cuts the text (one module for both)', () => {
    const text = terms('DeepSpeed，微软开发的训练方式，移动不需要的组件到内存来降低显存占用')
    for (const query of ['移动不需要的组件', '显存', '微软']) {
      for (const term of terms(query)) expect(text).toContain(term)
    }
  })

  it('handles characters outside the Basic Multilingual Plane as whole characters', () => {
    expect(terms('𠀀𠀁')).toContain('𠀀𠀁')
    // No pair cut through the middle of a surrogate pair.
    for (const term of terms('好𠀀𠀁字')) expect(term).not.toMatch(/\p{Cs}/u)
  })

  it('cuts a query without the single characters a pair already covers', () => {
    // 显 alone, as a prefix, would also find 显卡 and 显示.
    expect(tokenize('显存', { query: true })).toEqual(['显存'])
    expect(tokenize('炸', { query: true })).toEqual(['炸'])
    expect(tokenize('db 显存', { query: true })).toEqual(['db', '显存'])
  })

  it('without Intl.Segmenter, cuts Han text into characters and pairs, Latin into words', () => {
    expect(tokenize('用CUDA炼丹', { segmenter: null })).toEqual(['用', 'CUDA', '炼', '丹', '炼丹'])
    expect(tokenize('用CUDA炼丹', { segmenter: null, query: true })).toEqual(['用', 'CUDA', '炼丹'])
  })

  it('returns nothing for text without words', () => {
    expect(terms('，。！？ …… --')).toEqual([])
  })
})
