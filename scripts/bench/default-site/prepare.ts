// Lays out default VitePress's copy of our site in a temporary folder: the pages it can build, our public files, a plain config.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { shared } from '../../../docs/.vitepress/config/shared.ts'
import { zh } from '../../../docs/.vitepress/config/zh.ts'
import { listMarkdownFiles, sourcePath } from '../../../docs/.vitepress/pages.ts'
import { readText } from '../../../docs/.vitepress/text.ts'
import { GLOBAL_COMPONENTS } from '../../../docs/.vitepress/theme/components.ts'
import { configModule, defaultSiteConfig, withoutCsp, type VercelJson } from './config.ts'
import { selectPages, sidebarFor, sourceOfLink, type PageSelection } from './pages.ts'

export interface DefaultSite {
  root: string
  /** VitePress's source folder (`vitepress build <docsDir>`). */
  docsDir: string
  outDir: string
  /** Our vercel.json without the CSP, for scripts/lib/vercel-server.ts. */
  vercelJson: string
  selection: PageSelection
}

/** Copies what default VitePress builds from `repoRoot` into a new folder under the system's temp folder. */
export function prepareDefaultSite(repoRoot: string): DefaultSite {
  const ourDocs = join(repoRoot, 'docs')
  const sidebar = zh.themeConfig?.sidebar
  if (!Array.isArray(sidebar)) throw new Error('docs/.vitepress/config/zh.ts: themeConfig.sidebar is expected to be one array')
  const pages = listMarkdownFiles(ourDocs).map((file) => ({ file: sourcePath(ourDocs, file), text: readText(file) }))
  const selection = selectPages(pages, sidebar, GLOBAL_COMPONENTS)

  const root = mkdtempSync(join(os.tmpdir(), 'aidraw-vs-default-'))
  const docsDir = join(root, 'docs')
  for (const file of selection.included) {
    mkdirSync(dirname(join(docsDir, file)), { recursive: true })
    cpSync(join(ourDocs, file), join(docsDir, file))
  }
  cpSync(join(ourDocs, 'public'), join(docsDir, 'public'), { recursive: true })
  const files = new Set(selection.included)
  const config = defaultSiteConfig({
    lang: zh.lang ?? 'zh-CN',
    title: shared.title ?? 'AiDraw',
    description: zh.description,
    sidebar: sidebarFor(sidebar, (link) => sourceOfLink(link, files) !== undefined),
  })
  mkdirSync(join(docsDir, '.vitepress'), { recursive: true })
  writeFileSync(join(docsDir, '.vitepress/config.mjs'), configModule(config))
  // Compiled pages import vue and vitepress: from the temp folder they resolve through this link to ours.
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir')
  writeFileSync(join(root, 'package.json'), JSON.stringify({ private: true, type: 'module' }) + '\n')
  const vercelJson = join(root, 'vercel.json')
  writeFileSync(vercelJson, JSON.stringify(withoutCsp(JSON.parse(readFileSync(join(repoRoot, 'vercel.json'), 'utf8')) as VercelJson), null, 2) + '\n')
  return { root, docsDir, outDir: join(root, 'dist'), vercelJson, selection }
}
