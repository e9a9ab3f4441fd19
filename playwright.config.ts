// Browser tests: the Chromium this machine has (tests/e2e/launch.ts) against the built site served on 127.0.0.1.
import { defineConfig } from '@playwright/test'
import { serverPort, sharedConfig } from './tests/e2e/launch.ts'

const REUSE_SERVER = !process.env.CI
const PORT = await serverPort('E2E_PORT', 4173, REUSE_SERVER)

const DESKTOP = { viewport: { width: 1280, height: 800 } }
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }

const shared = await sharedConfig()

export default defineConfig({
  ...shared,
  // The deployment tests need the vercel.json-aware server and a mirror build: playwright.deploy.config.ts.
  testIgnore: /[\\/]deploy[^\\/]*\.spec\.ts$/,
  outputDir: 'test-results',
  use: { ...shared.use, baseURL: `http://127.0.0.1:${PORT}` },
  // desktop and mobile are `npm test`; the review projects only take the screenshots of review.spec.ts
  // (`npm run screenshots`), which are for people to look at and assert nothing.
  projects: [
    { name: 'desktop', grepInvert: /@review/, use: DESKTOP },
    { name: 'mobile', grepInvert: /@review/, use: PHONE },
    { name: 'review-desktop', grep: /@review/, use: DESKTOP },
    { name: 'review-mobile', grep: /@review/, use: PHONE },
  ],
  webServer: {
    command: `npx vitepress preview docs --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: REUSE_SERVER,
    timeout: 60_000,
  },
})
