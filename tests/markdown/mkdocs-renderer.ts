// markdown-it with the MkDocs-compatibility plugins in the order the site registers them (docs/.vitepress/config/shared.ts).
import MarkdownIt from 'markdown-it'
import { admonitionPlugin } from '../../docs/.vitepress/markdown/admonition.ts'
import { attrListPlugin } from '../../docs/.vitepress/markdown/attr-list.ts'
import { footnotesPlugin } from '../../docs/.vitepress/markdown/footnotes.ts'
import { mdInHtmlPlugin } from '../../docs/.vitepress/markdown/md-in-html.ts'
import { tabsPlugin } from '../../docs/.vitepress/markdown/tabs.ts'
import { vueSafePlugin } from '../../docs/.vitepress/markdown/vue-safe.ts'

/** The fixture files of these plugins, in tests/markdown/fixtures/. */
export const MKDOCS_FIXTURES = ['footnotes', 'tabs', 'attr-list', 'md-in-html', 'vue-safe'] as const

export function mkdocsRenderer() {
  const warnings: string[] = []
  const warn = (message: string) => warnings.push(message)
  const md = new MarkdownIt({ html: true })
    .use(admonitionPlugin, { warn })
    .use(tabsPlugin, { warn })
    .use(footnotesPlugin, { warn })
    .use(attrListPlugin, { warn })
    .use(mdInHtmlPlugin, { warn })
    .use(vueSafePlugin, { components: ['GlossaryTerm'], warn })
  return { md, warnings }
}
