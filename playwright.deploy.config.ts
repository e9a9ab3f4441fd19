// Browser tests of the deployments: the Vercel build and a mirror build, each behind the vercel.json-aware preview server.
import { defineConfig } from '@playwright/test'
import { CHINA_MIRROR, VERCEL_MIRROR } from './docs/.vitepress/mirrors.ts'
import { MIRROR_OUT_DIR } from './scripts/deploy/build-mirror.ts'
import { serverPort, sharedConfig } from './tests/e2e/launch.ts'

const VERCEL_PORT = await serverPort('DEPLOY_E2E_PORT', 4520, false)
const MIRROR_PORT = await serverPort('DEPLOY_MIRROR_E2E_PORT', VERCEL_PORT + 1, false)

const server = (dir: string, port: number) => ({
  command: `npx tsx scripts/deploy/preview-vercel.ts --dir ${dir} --port ${port}`,
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: false,
  timeout: 30_000,
})

const shared = await sharedConfig()

export default defineConfig({
  ...shared,
  testMatch: /[\\/]deploy[^\\/]*\.spec\.ts$/,
  outputDir: 'test-results/deploy',
  // Each page's test does a dozen checks and axe twice (~12 s with the other suites running beside it): the shared
  // minute leaves room to spare.
  use: { ...shared.use, viewport: { width: 1280, height: 800 } },
  projects: [
    {
      name: 'vercel',
      use: { baseURL: `http://127.0.0.1:${VERCEL_PORT}` },
      metadata: { siteUrl: VERCEL_MIRROR.url },
    },
    {
      name: 'mirror',
      use: { baseURL: `http://127.0.0.1:${MIRROR_PORT}` },
      metadata: { siteUrl: CHINA_MIRROR.url },
    },
  ],
  // DEPLOY_DIST / DEPLOY_MIRROR_DIST point at other build directories (private ones while developing).
  webServer: [
    server(process.env.DEPLOY_DIST ?? 'docs/.vitepress/dist', VERCEL_PORT),
    server(process.env.DEPLOY_MIRROR_DIST ?? MIRROR_OUT_DIR, MIRROR_PORT),
  ],
})
