// markdown-it with the site's own plugins (docs/.vitepress/markdown/index.ts), warnings collected.
import MarkdownIt from 'markdown-it'
import { useSitePlugins } from '../../docs/.vitepress/markdown/index.ts'

/** The fixture files of these plugins, in tests/markdown/fixtures/. */
export const MKDOCS_FIXTURES = ['footnotes', 'tabs', 'attr-list', 'md-in-html', 'vue-safe'] as const

export function mkdocsRenderer() {
  const warnings: string[] = []
  const warn = (message: string) => warnings.push(message)
  const md = useSitePlugins(new MarkdownIt({ html: true }), { components: ['GlossaryTerm'], warn })
  return { md, warnings }
}
