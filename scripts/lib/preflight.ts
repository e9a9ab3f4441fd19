// What `npm test` checks before it starts anything: each missing piece is one line saying what is wrong and the
// command that fixes it, instead of a stack trace from deep inside a browser test minutes later.
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { locateBrowser } from './chromium.ts'
import { FONT_PACKAGES } from '../../docs/.vitepress/font-packages.ts'

export interface PreflightNote {
  level: 'error' | 'warning'
  message: string
}

/** The npm packages whose fonts the visual tests draw with (tests/e2e/fonts.ts). */
const FONT_PACKAGE_NAMES: readonly string[] = Object.values(FONT_PACKAGES)

export async function preflight(options: { browser: boolean }): Promise<PreflightNote[]> {
  const notes: PreflightNote[] = []
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
  if (major < 20 || (major === 20 && minor < 9)) {
    notes.push({ level: 'error', message: `Node.js ${process.versions.node} is too old: install Node.js 20.9 or newer (https://nodejs.org/).` })
  }

  const search = options.browser ? await locateBrowser() : undefined
  if (search && !search.found) notes.push({ level: 'error', message: search.message })

  const require = createRequire(import.meta.url)
  const missingFonts = (options.browser ? FONT_PACKAGE_NAMES : []).filter((pkg) => {
    try {
      require.resolve(`${pkg}/package.json`)
      return false
    } catch {
      return true
    }
  })
  if (missingFonts.length > 0) {
    notes.push({ level: 'error', message: `${missingFonts.join(' and ')} missing (fonts for the visual tests): run npm install` })
  }

  if (options.browser && process.platform === 'linux' && !hasChineseFont()) {
    notes.push({
      level: 'warning',
      message:
        'No Chinese font on this system: tests pass, but screenshots show boxes for Chinese text. Debian/Ubuntu: sudo apt-get install fonts-noto-cjk',
    })
  }

  if (!isGitCheckout()) {
    notes.push({
      level: 'error',
      message: 'Not a git checkout (or git is missing): the build dates pages from git history. Clone the repository with git, not as a ZIP.',
    })
  }
  return notes
}

/** fontconfig knows a font for Chinese; true when fontconfig itself is absent (nothing to ask). */
function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== ''
  } catch {
    return true
  }
}

function isGitCheckout(): boolean {
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
