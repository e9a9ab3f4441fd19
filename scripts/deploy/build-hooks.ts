// What `vitepress build` does for deployments: redirect stubs, `_headers`, and a check of every inline script against the CSP.
import type { SiteConfig, TransformContext } from 'vitepress'
import { canonicalUrl } from '../../docs/.vitepress/site.ts'
import { checkRedirects, sitePages, siteRedirects } from '../../docs/.vitepress/redirects.ts'
import { SCRIPT_SOURCES } from '../../docs/.vitepress/headers.ts'
import { assertInlineScriptsAllowed, checkInlineScripts } from './inline-scripts.ts'
import { writeHeadersFile, writeRedirectStubs } from './static-fallbacks.ts'

/** VitePress `transformHtml` hook: fails the build at the first page with an inline script the CSP would block. */
export function transformHtmlForCsp(html: string, _file: string, ctx: TransformContext): string {
  checkInlineScripts(html, ctx.page, SCRIPT_SOURCES)
  return html
}

/** VitePress `buildEnd` hook. */
export function writeDeploymentFiles(siteConfig: SiteConfig): void {
  const redirects = siteRedirects(siteConfig.srcDir)
  checkRedirects(redirects, sitePages(siteConfig.srcDir))
  writeRedirectStubs(redirects, {
    outDir: siteConfig.outDir,
    base: siteConfig.site.base,
    canonicalUrl: canonicalUrl(),
  })
  writeHeadersFile(siteConfig.outDir)
  assertInlineScriptsAllowed(siteConfig.outDir, SCRIPT_SOURCES)
}
