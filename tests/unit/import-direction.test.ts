// The map in CONTRIBUTING.md ("架构"), enforced: imports go one way, docs/.vitepress ← scripts ← tests.
import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listFilePaths } from '../../docs/.vitepress/folder-walk.ts'

const ROOT = resolve(import.meta.dirname, '../..')
// `import … from '…'`, `export … from '…'`, `import('…')`, `import '…'`: every module specifier of a file.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm

/** Repository-relative paths of the files `file` imports by a relative specifier. */
function localImports(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8')
  return [...source.matchAll(SPECIFIER)]
    .map((m) => m[2]!)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec)).split('\\').join('/'))
}

const sources = (dir: string) => listFilePaths(join(ROOT, dir), ['**/*.ts', '**/*.vue'], { ignore: ['**/dist/**', '**/cache/**', '**/.temp/**'] }).map((f) => relative(ROOT, f).split('\\').join('/'))

describe('imports go one way', () => {
  it('finds the specifiers it checks (the rule would pass on nothing otherwise)', () => {
    expect(localImports('docs/.vitepress/config/shared.ts')).toContain('docs/.vitepress/markdown/index.ts')
    expect(localImports('scripts/check-links.ts').some((p) => p.startsWith('scripts/lib/'))).toBe(true)
  })

  it('the site (docs/.vitepress) imports neither scripts/ nor tests/', () => {
    const wrong = sources('docs/.vitepress').flatMap((file) =>
      localImports(file).filter((p) => p.startsWith('scripts/') || p.startsWith('tests/')).map((p) => `${file} → ${p}`),
    )
    expect(wrong).toEqual([])
  })

  it('scripts/ never imports tests/', () => {
    const wrong = sources('scripts').flatMap((file) => localImports(file).filter((p) => p.startsWith('tests/')).map((p) => `${file} → ${p}`))
    expect(wrong).toEqual([])
  })
})
