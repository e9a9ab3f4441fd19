// Links that show their own address are marked so print.css does not print it twice (markdown/url-text-links.ts).
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { URL_TEXT_CLASS, textIsUrl, urlTextLinksPlugin } from '../../docs/.vitepress/markdown/url-text-links.ts'

const render = (src: string) => new MarkdownIt({ linkify: true }).use(urlTextLinksPlugin).render(src)
const marked = `class="${URL_TEXT_CLASS}"`

describe('url-text links', () => {
  it('marks a link whose text is its address, written out, as an autolink or linkified', () => {
    expect(render('[https://b23.ink/aibook](https://b23.ink/aibook)')).toContain(marked)
    expect(render('<https://draw.dianas.cyou/>')).toContain(marked)
    expect(render('见 https://fsf.org/ 。')).toContain(marked)
    expect(render('[https://fsf.org](https://fsf.org/)')).toContain(marked)
  })

  it('leaves links with other text, internal links and mailto alone', () => {
    for (const src of ['[自由软件基金会](https://fsf.org/)', '[https://fsf.org/](https://gnu.org/)', '[/guide/](/guide/)', '<mailto:a@b.c>', '[**https://fsf.org/**](https://fsf.org/)']) {
      expect(render(src), src).not.toContain(URL_TEXT_CLASS)
    }
  })

  it('compares addresses, not spellings of the scheme, host case or trailing slash', () => {
    expect(textIsUrl('HTTPS://FSF.org', 'https://fsf.org/')).toBe(true)
    expect(textIsUrl('fsf.org', 'https://fsf.org/')).toBe(true)
    expect(textIsUrl('fsf.org/x', 'https://fsf.org/y')).toBe(false)
    expect(textIsUrl('', 'https://fsf.org/')).toBe(false)
  })
})
