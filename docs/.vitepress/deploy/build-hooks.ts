// What `vitepress build` does for deployments: redirect stubs, `_headers`, and a check of every inline script and
// style against the CSP.
import type { SiteConfig } from 'vitepress'
import { canonicalUrl } from '../site.ts'
import { checkRedirects, sitePages, siteRedirects } from './redirects.ts'
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './headers.ts'
import { assertInlineAllowed } from './inline-scripts.ts'
import { writeHeadersFile, writeRedirectStubs } from './static-fallbacks.ts'

/** VitePress `buildEnd` hook; the inline-script and -style checks read every HTML file written, pages and stubs alike. */
export function writeDeploymentFiles(siteConfig: SiteConfig): void {
  const redirects = siteRedirects(siteConfig.srcDir)
  checkRedirects(redirects, sitePages(siteConfig.srcDir))
  writeRedirectStubs(redirects, {
    outDir: siteConfig.outDir,
    base: siteConfig.site.base,
    canonicalUrl: canonicalUrl(),
  })
  writeHeadersFile(siteConfig.outDir)
  assertInlineAllowed(siteConfig.outDir, { script: SCRIPT_SOURCES, style: CSP_DIRECTIVES['style-src-elem']! })
}
