// Listing the files below a folder: the one walker (tinyglobby) behind the page list, the glossary, the build checks and the crawler.
import { join } from 'node:path'
import { globSync } from 'tinyglobby'

export interface WalkOptions {
  /** Glob patterns, relative to the folder, of files to leave out (`**\/public/**`). */
  ignore?: string[]
  /** Also list dot files and enter dot folders; off by default, so `.vitepress/` and `.git/` stay out. */
  dot?: boolean
}

/** Files below `dir` matching `patterns`, relative to `dir` with `/`, sorted; none when `dir` does not exist. */
export function listFiles(dir: string, patterns: string | string[], options: WalkOptions = {}): string[] {
  return globSync(patterns, {
    cwd: dir,
    ignore: options.ignore ?? [],
    dot: options.dot ?? false,
    onlyFiles: true,
    expandDirectories: false,
  }).sort()
}

/** The same files as absolute paths (when `dir` is), sorted. */
export function listFilePaths(dir: string, patterns: string | string[], options: WalkOptions = {}): string[] {
  return listFiles(dir, patterns, options)
    .map((file) => join(dir, file))
    .sort()
}
