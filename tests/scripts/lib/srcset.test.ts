// srcset candidates through the `srcset` package: lenient with malformed attributes, nothing silently dropped.
import { describe, expect, it } from 'vitest'
import { scanHtml } from '../../../scripts/lib/html-links.ts'
import { parseSrcset } from '../../../scripts/lib/srcset.ts'

describe('parseSrcset', () => {
  it('reads width and density descriptors, across lines', () => {
    expect(parseSrcset('/a.png 1.5x,\n  /b.png 640w')).toEqual([
      { url: '/a.png', descriptor: '1.5x' },
      { url: '/b.png', descriptor: '640w' },
    ])
  })

  it('keeps every URL of a malformed srcset (two 1x candidates), as a browser still loads them', () => {
    expect(parseSrcset('/a.png 1x, /b.png 1x').map((c) => c.url)).toEqual(['/a.png', '/b.png'])
  })

  it('keeps a one-character URL and yields nothing for a blank attribute', () => {
    expect(parseSrcset(' a ')).toEqual([{ url: 'a', descriptor: '' }])
    expect(parseSrcset('  ')).toEqual([])
  })

  it('gives scanHtml one link per candidate', () => {
    const { links } = scanHtml('<img src="/a.png" srcset="/a.png 1x, /a@2x.png 2x" alt="图">')
    expect(links.map((l) => `${l.attr} ${l.url}`)).toEqual(['src /a.png', 'srcset /a.png', 'srcset /a@2x.png'])
  })
})
