// `npm run build:mirror`: the site as the mainland-China mirror serves it (its SITE_URL) into .cache/dist-mirror,
// for the deployment tests. A script rather than `SITE_URL=… vitepress build` so it runs under Windows' cmd too.
import { pathToFileURL } from 'node:url'
import { CHINA_MIRROR } from '../../docs/.vitepress/mirrors.ts'

/** Where the mirror build goes (git-ignored); playwright.deploy.config.ts serves it. */
export const MIRROR_OUT_DIR = '.cache/dist-mirror'

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // Set before VitePress loads the site config, which reads it.
  process.env.SITE_URL = CHINA_MIRROR.url
  const { build } = await import('vitepress')
  await build('docs', { outDir: MIRROR_OUT_DIR })
}
