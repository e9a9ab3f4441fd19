// The guide's Markdown pages on disk: one walk of docs/ shared by the config, the redirects and the tests.
import { isAbsolute, relative, sep } from 'node:path'
import { listFilePaths } from './folder-walk.ts'

/** Every page source below `dir` (absolute paths, sorted); skips dot folders, public/, node_modules and READMEs. */
export function listMarkdownFiles(dir: string): string[] {
  return listFilePaths(dir, '**/*.md', { ignore: ['**/public/**', '**/node_modules/**', '**/README.md'] })
}

/** A page's path relative to docs/, with forward slashes (`glossary/clip.md`). */
export function sourcePath(docsDir: string, file: string): string {
  return relative(docsDir, file).split(sep).join('/')
}

/** A file as messages name it: relative to the working directory when inside it (`docs/guide/x.md`), else absolute. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file)
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/')
}
