// The guide's Markdown pages on disk: one walk of docs/ shared by the config, the redirects and the tests.
import { readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Every page source below `dir` (absolute paths, sorted); skips dot folders, public/ and READMEs. */
export function listMarkdownFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.') || name === 'public' || name === 'node_modules') continue
    const full = join(dir, name)
    if (statSync(full).isDirectory()) out.push(...listMarkdownFiles(full))
    else if (name.endsWith('.md') && name !== 'README.md') out.push(full)
  }
  return out.sort()
}

/** A page's path relative to docs/, with forward slashes (`glossary/clip.md`). */
export function sourcePath(docsDir: string, file: string): string {
  return relative(docsDir, file).split(sep).join('/')
}
