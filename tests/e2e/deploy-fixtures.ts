// Browser-test plumbing for deployments: which build is under test, and a reader page that records CSP violations.
import { test as readerTest, expect } from './support.ts'
import { canonicalUrl } from '../../docs/.vitepress/site.ts'

/**
 * Why a browser test runs on the Vercel build only: the mirror build differs from it in SITE_URL alone (og:url,
 * sitemap, the mirror switcher) and is served with the same vercel.json, so what does not read SITE_URL behaves
 * the same. Per-page loads, canonical links and the mirror switcher run on both.
 */
export const SAME_ON_EVERY_MIRROR = 'does not depend on SITE_URL: the same on every mirror, checked on the Vercel build'

export interface Deployment {
  /** SITE_URL the build under test was made for. */
  siteUrl: string
  /** The origin every build names as canonical. */
  canonicalUrl: string
}

export interface CspWatch {
  /** Violations the current document has reported (`securitypolicyviolation` events). */
  violations: () => Promise<string[]>
}

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

export const test = readerTest.extend<{ deployment: Deployment; csp: CspWatch }>({
  deployment: async ({}, use, testInfo) => {
    const siteUrl = testInfo.project.metadata.siteUrl
    if (typeof siteUrl !== 'string') throw new Error('playwright.deploy.config.ts gives each project metadata.siteUrl')
    await use({ siteUrl, canonicalUrl: canonicalUrl({}) })
  },
  csp: async ({ reader }, use) => {
    // Registered before any page script runs, so violations of the head scripts are seen too.
    await reader.page.addInitScript(() => {
      window.__cspViolations = []
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)
      })
    })
    await use({ violations: () => reader.page.evaluate(() => window.__cspViolations ?? []) })
  },
})

export { expect }
