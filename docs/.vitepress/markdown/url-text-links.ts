// Marks links whose text is their own address (`[https://x.org/](https://x.org/)`, `<https://x.org/>`) with the
// class `url-text`, so that the print stylesheet (docs/public/print.css) does not print the address twice.
import type MarkdownIt from 'markdown-it'
import type { StateCore } from 'markdown-it'

export const URL_TEXT_CLASS = 'url-text'

/** The address as a reader would write it: no trailing slash, case of the scheme and host ignored. */
function comparable(url: string): string {
  return url.trim().replace(/\/+$/, '').replace(/^[a-z]+:\/\/[^/?#]+/i, (origin) => origin.toLowerCase())
}

/** True when `text` shows the same address as `href` (markdown-it's autolinks keep the text, linkify may drop the scheme). */
export function textIsUrl(text: string, href: string): boolean {
  const shown = comparable(text)
  const target = comparable(href)
  return shown === target || (shown !== '' && target.replace(/^[a-z]+:\/\//i, '') === shown)
}

export function urlTextLinksPlugin(md: MarkdownIt): void {
  md.core.ruler.push('url_text_links', (state: StateCore) => {
    for (const block of state.tokens) {
      const children = block.type === 'inline' ? block.children : null
      if (!children) continue
      for (let i = 0; i + 2 < children.length; i++) {
        const [open, text, close] = [children[i]!, children[i + 1]!, children[i + 2]!]
        if (open.type !== 'link_open' || text.type !== 'text' || close.type !== 'link_close') continue
        const href = open.attrGet('href')
        if (href && /^https?:\/\//i.test(href) && textIsUrl(text.content, href)) open.attrJoin('class', URL_TEXT_CLASS)
      }
    }
  })
}
