// What `vitepress build` does for deployments: redirect stubs, `_headers`, and a check of every inline script against the CSP.
import type { SiteConfig } from 'vitepress'
import { canonicalUrl } from '../site.ts'
import { checkRedirects, sitePages, siteRedirects } from './redirects.ts'
import { SCRIPT_SOURCES } from './headers.ts'
import { assertInlineScriptsAllowed } from './inline-scripts.ts'
import { writeHeadersFile, writeRedirectStubs } from './static-fallbacks.ts'

/** VitePress `buildEnd` hook; the inline-script check reads every HTML file written, pages and stubs alike. */
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
