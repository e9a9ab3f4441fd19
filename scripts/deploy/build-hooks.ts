// What `vitepress build` does for deployments: inline scripts into files, redirect stubs, `_headers`, and checks.
import type { SiteConfig, TransformContext } from 'vitepress'
import { canonicalUrl } from '../../docs/.vitepress/site.ts'
import { checkRedirects, sitePages, siteRedirects } from '../../docs/.vitepress/redirects.ts'
import { assertNoInlineScripts, externalizeInlineScripts } from './inline-scripts.ts'
import { writeHeadersFile, writeRedirectStubs } from './static-fallbacks.ts'

/** VitePress `transformHtml` hook: every page leaves with its inline scripts moved into files. */
export function transformHtmlForCsp(html: string, _file: string, ctx: TransformContext): string {
  return externalizeInlineScripts(html, {
    outDir: ctx.siteConfig.outDir,
    base: ctx.siteData.base,
    assetsDir: ctx.siteConfig.assetsDir,
  })
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
  assertNoInlineScripts(siteConfig.outDir)
}
