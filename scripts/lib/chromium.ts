// The one Chromium every browser test and benchmark drives: where to find it on this machine, the flags it
// runs with, and what to tell a contributor who has none. Nothing here lets browser tooling download a browser.
import { existsSync } from 'node:fs'

/** Root in a container, no GPU, and none of Chromium's own traffic (updates, sync, QUIC probes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
]

/**
 * CHROMIUM_ARGS for a browser that reaches nothing but this machine: every other host resolves to nothing, so
 * a request to a third party fails at once (and is seen as a request) instead of reaching the internet.
 */
export const OFFLINE_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']

export interface BrowserCandidate {
  path: string
  /** Where the candidate comes from, for messages: "CHROMIUM_PATH", "Debian/Ubuntu chromium", … */
  source: string
}

/** What the search may look at; tests pass a fake file system and environment. */
export interface BrowserProbe {
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  exists(path: string): boolean
  /** Where `npx playwright install chromium` puts its Chromium (whether or not it is there). */
  playwrightChromium(): string | undefined
}

/**
 * Every place a Chromium-family browser may be, in the order we prefer them: the contributor's explicit
 * choice, the distribution's Chromium (what CI installs), Google Chrome and Microsoft Edge where their
 * installers put them, and last a Chromium that Playwright installed.
 */
export function browserCandidates(probe: Pick<BrowserProbe, 'platform' | 'env' | 'playwrightChromium'>): BrowserCandidate[] {
  const { platform, env } = probe
  const list: BrowserCandidate[] = []
  const add = (source: string, ...paths: (string | undefined)[]) => {
    for (const path of paths) if (path) list.push({ path, source })
  }
  if (platform === 'linux' || platform === 'freebsd' || platform === 'openbsd') {
    add('Debian/Ubuntu chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium')
    add('Google Chrome', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/opt/google/chrome/chrome')
    add('Microsoft Edge', '/usr/bin/microsoft-edge-stable', '/usr/bin/microsoft-edge', '/opt/microsoft/msedge/msedge')
  } else if (platform === 'darwin') {
    const homeApps = env.HOME ? `${env.HOME}/Applications` : undefined
    for (const apps of ['/Applications', homeApps]) {
      if (!apps) continue
      add('Chromium', `${apps}/Chromium.app/Contents/MacOS/Chromium`)
      add('Google Chrome', `${apps}/Google Chrome.app/Contents/MacOS/Google Chrome`)
      add('Microsoft Edge', `${apps}/Microsoft Edge.app/Contents/MacOS/Microsoft Edge`)
    }
  } else if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r)
    // Build Windows paths with backslashes whatever machine runs the search (the unit tests run on Linux).
    const win = (...parts: string[]) => parts.join('\\')
    for (const root of roots) add('Google Chrome', win(root, 'Google', 'Chrome', 'Application', 'chrome.exe'))
    for (const root of roots) add('Microsoft Edge', win(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'))
  }
  add('Playwright (npx playwright install chromium)', probe.playwrightChromium())
  return list
}

export type BrowserSearch =
  | { found: true; browser: BrowserCandidate }
  | { found: false; message: string }

/** The first candidate that exists, or one line that says what to do. CHROMIUM_PATH, when set, must exist. */
export function findBrowser(probe: BrowserProbe): BrowserSearch {
  const chosen = probe.env.CHROMIUM_PATH?.trim()
  if (chosen) {
    if (probe.exists(chosen)) return { found: true, browser: { path: chosen, source: 'CHROMIUM_PATH' } }
    return {
      found: false,
      message: `CHROMIUM_PATH=${chosen} does not exist: point it at a Chromium, Chrome or Edge executable, or unset it to search the usual places.`,
    }
  }
  const browser = browserCandidates(probe).find((c) => probe.exists(c.path))
  return browser ? { found: true, browser } : { found: false, message: missingBrowserMessage(probe.platform) }
}

/** One line: which system this is and the command that gives it a browser for the tests. */
export function missingBrowserMessage(platform: NodeJS.Platform): string {
  const base = 'No Chromium, Chrome or Edge found for the browser tests.'
  switch (platform) {
    case 'linux':
      return `${base} On Debian/Ubuntu run: sudo apt-get install chromium fonts-noto-cjk (elsewhere: npx playwright install chromium, or set CHROMIUM_PATH).`
    case 'darwin':
      return `${base} On macOS run: npx playwright install chromium (or install Google Chrome, or set CHROMIUM_PATH).`
    case 'win32':
      return `${base} On Windows run: npx playwright install chromium (or install Google Chrome, or set CHROMIUM_PATH).`
    default:
      return `${base} On ${platform} run: npx playwright install chromium, or set CHROMIUM_PATH to your browser.`
  }
}

/** This machine's probe. Playwright is asked only where its own Chromium would be; it downloads nothing here. */
export async function systemProbe(): Promise<BrowserProbe> {
  let playwrightPath: string | undefined
  try {
    const { chromium } = await import('@playwright/test')
    playwrightPath = chromium.executablePath()
  } catch {
    playwrightPath = undefined
  }
  return {
    platform: process.platform,
    env: process.env,
    exists: (path) => existsSync(path),
    playwrightChromium: () => playwrightPath,
  }
}

/** The browser on this machine, or the one-line reason there is none. */
export async function locateBrowser(): Promise<BrowserSearch> {
  return findBrowser(await systemProbe())
}

/**
 * For Playwright configs and benches: the browser's path, or stop the process with the one-line message.
 * Stopping here, before Playwright starts a worker, is what keeps a missing browser from failing every test
 * with a stack trace of its own.
 */
export async function requireBrowser(): Promise<string> {
  const search = await locateBrowser()
  if (search.found) return search.browser.path
  process.stderr.write(`${search.message}\n`)
  process.exit(2)
}
