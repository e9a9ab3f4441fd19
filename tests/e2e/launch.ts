// What both Playwright configs share: the browser this machine has and the ports their servers take.
// Runs when a config loads, so a missing browser or a taken port stops the run once, before any test,
// with one line that says what to do (scripts/lib/chromium.ts, scripts/lib/ports.ts).
import { fileURLToPath } from 'node:url'
import type { LaunchOptions, PlaywrightTestConfig } from '@playwright/test'
import { OFFLINE_CHROMIUM_ARGS, requireBrowser } from '../../scripts/lib/chromium.ts'
import { requireFreePort } from '../../scripts/lib/ports.ts'

/** Playwright loads the config again in every worker, where our servers are already listening. */
const inWorker = process.env.TEST_WORKER_INDEX !== undefined

/** Pins how Linux draws glyphs (hinting, subpixel order), whatever the distribution or the user configured. */
const FONTCONFIG_FILE = fileURLToPath(new URL('./fontconfig/fonts.conf', import.meta.url))

export async function launchOptions(): Promise<LaunchOptions> {
  return {
    executablePath: await requireBrowser(),
    // No host but 127.0.0.1 resolves: a page that reaches for the internet fails there, and support.ts sees it.
    args: OFFLINE_CHROMIUM_ARGS,
    ...(process.platform === 'linux' ? { env: { ...process.env, FONTCONFIG_FILE } } : {}),
  }
}

/**
 * The port named by `variable`, or `fallback`. Under CI a server is never reused, so a taken port is an error
 * now rather than a Playwright stack trace later; locally Playwright reuses a preview that is already running.
 */
export async function serverPort(variable: string, fallback: number, reuse: boolean): Promise<number> {
  const port = Number(process.env[variable] ?? fallback)
  if (!reuse && !inWorker) await requireFreePort(port, variable)
  return port
}

/** The settings both configs run with: two workers, no retries, a minute a test, Chromium in Chinese, offline. */
export async function sharedConfig(): Promise<PlaywrightTestConfig> {
  return {
    testDir: 'tests/e2e',
    fullyParallel: true,
    workers: 2,
    retries: 0,
    timeout: 60_000,
    reporter: [['list']],
    use: {
      browserName: 'chromium',
      locale: 'zh-CN',
      launchOptions: await launchOptions(),
    },
  }
}
