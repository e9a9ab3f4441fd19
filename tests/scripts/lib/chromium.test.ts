// The browser search on each platform, against a fake file system: who wins, in which order, and what a
// contributor without a browser is told.
import { describe, expect, it } from 'vitest'
import { type BrowserProbe, browserCandidates, findBrowser, missingBrowserMessage } from '../../../scripts/lib/chromium.ts'

const PLAYWRIGHT = {
  linux: '/home/ann/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome',
  darwin: '/Users/ann/Library/Caches/ms-playwright/chromium-1255/chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium',
  win32: 'C:\\Users\\ann\\AppData\\Local\\ms-playwright\\chromium-1255\\chrome-win64\\chrome.exe',
} as const

const WINDOWS_ENV = {
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local',
}

function probe(platform: keyof typeof PLAYWRIGHT, files: string[], env: Record<string, string> = {}): BrowserProbe {
  const present = new Set(files)
  return {
    platform,
    env: platform === 'win32' ? { ...WINDOWS_ENV, ...env } : { HOME: platform === 'darwin' ? '/Users/ann' : '/home/ann', ...env },
    exists: (path) => present.has(path),
    playwrightChromium: () => PLAYWRIGHT[platform],
  }
}

const found = (p: BrowserProbe) => {
  const search = findBrowser(p)
  return search.found ? `${search.browser.source}: ${search.browser.path}` : `none: ${search.message}`
}

describe('browser search on Linux', () => {
  it("prefers Debian's chromium, then chromium-browser, then Chrome, then Edge, then Playwright's", () => {
    const all = [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome-stable',
      '/opt/microsoft/msedge/msedge',
      PLAYWRIGHT.linux,
    ]
    const order: string[] = []
    for (let i = 0; i < all.length; i++) order.push(found(probe('linux', all.slice(i))))
    expect(order).toEqual([
      'Debian/Ubuntu chromium: /usr/bin/chromium',
      'Debian/Ubuntu chromium: /usr/bin/chromium-browser',
      'Google Chrome: /usr/bin/google-chrome-stable',
      'Microsoft Edge: /opt/microsoft/msedge/msedge',
      `Playwright (npx playwright install chromium): ${PLAYWRIGHT.linux}`,
    ])
  })

  it('finds a Chrome-only Fedora or Ubuntu machine', () => {
    expect(found(probe('linux', ['/opt/google/chrome/chrome']))).toBe('Google Chrome: /opt/google/chrome/chrome')
    expect(found(probe('linux', ['/snap/bin/chromium']))).toBe('Debian/Ubuntu chromium: /snap/bin/chromium')
  })

  it('says to apt-get install chromium when there is nothing', () => {
    const message = found(probe('linux', []))
    expect(message).toMatch(/^none: No Chromium, Chrome or Edge found/)
    expect(message).toContain('sudo apt-get install chromium fonts-noto-cjk')
    expect(message.split('\n')).toHaveLength(1)
  })
})

describe('browser search on macOS', () => {
  it('looks in /Applications, then ~/Applications, then Playwright', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    const userEdge = '/Users/ann/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
    expect(found(probe('darwin', [chrome, userEdge, PLAYWRIGHT.darwin]))).toBe(`Google Chrome: ${chrome}`)
    expect(found(probe('darwin', [userEdge, PLAYWRIGHT.darwin]))).toBe(`Microsoft Edge: ${userEdge}`)
    expect(found(probe('darwin', [PLAYWRIGHT.darwin]))).toContain(`Playwright`)
  })

  it('never proposes a Linux path on a Mac', () => {
    expect(browserCandidates(probe('darwin', [])).some((c) => c.path.startsWith('/usr/bin'))).toBe(false)
  })

  it('says to run npx playwright install chromium', () => {
    expect(found(probe('darwin', []))).toContain('On macOS run: npx playwright install chromium')
  })
})

describe('browser search on Windows', () => {
  it('finds Chrome under Program Files, Program Files (x86) or the user profile, before Edge', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
    const chromeUser = 'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    expect(found(probe('win32', [edge, chrome]))).toBe(`Google Chrome: ${chrome}`)
    expect(found(probe('win32', [edge, chromeUser]))).toBe(`Google Chrome: ${chromeUser}`)
    expect(found(probe('win32', [edge, PLAYWRIGHT.win32]))).toBe(`Microsoft Edge: ${edge}`)
    expect(found(probe('win32', [PLAYWRIGHT.win32]))).toContain(PLAYWRIGHT.win32)
  })

  it('skips folders whose variables are not set', () => {
    const p = probe('win32', [])
    p.env = { PROGRAMFILES: 'D:\\Apps' }
    expect(browserCandidates(p).map((c) => c.path)).toEqual([
      'D:\\Apps\\Google\\Chrome\\Application\\chrome.exe',
      'D:\\Apps\\Microsoft\\Edge\\Application\\msedge.exe',
      PLAYWRIGHT.win32,
    ])
  })

  it('says to run npx playwright install chromium', () => {
    expect(found(probe('win32', []))).toContain('On Windows run: npx playwright install chromium')
  })
})

describe('CHROMIUM_PATH', () => {
  it('wins over everything else when it exists', () => {
    expect(found(probe('linux', ['/usr/bin/chromium', '/opt/chrome-beta/chrome'], { CHROMIUM_PATH: '/opt/chrome-beta/chrome' }))).toBe(
      'CHROMIUM_PATH: /opt/chrome-beta/chrome',
    )
  })

  it('names itself when it points nowhere, rather than silently using another browser', () => {
    expect(found(probe('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/nothing/chrome' }))).toBe(
      'none: CHROMIUM_PATH=/opt/nothing/chrome does not exist: point it at a Chromium, Chrome or Edge executable, or unset it to search the usual places.',
    )
  })

  it('an empty CHROMIUM_PATH counts as unset', () => {
    expect(found(probe('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: ' ' }))).toBe('Debian/Ubuntu chromium: /usr/bin/chromium')
  })
})

describe('the message for other systems', () => {
  it('names the system and one command', () => {
    expect(missingBrowserMessage('freebsd')).toContain('On freebsd run: npx playwright install chromium')
  })
})
