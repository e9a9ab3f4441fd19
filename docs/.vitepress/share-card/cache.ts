// Where rendered cards are kept between builds: .cache/share-cards/<hash>.png, the hash of everything that draws them.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CardText } from './card-text.ts'
import { FONT_PACKAGE } from './fonts.ts'

/** What a card shows besides the page's own text: the site's name and the address it was built for. */
export interface CardSite {
  name: string
  host: string
}

const require = createRequire(import.meta.url)
/** The installed version of `pkg`, from the package.json above its entry point (sharp's exports hide the file itself). */
function version(pkg: string): string {
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json')
    if (!existsSync(file)) continue
    const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }
    if (json.name === pkg) return json.version ?? ''
  }
  throw new Error(`cannot find the version of ${pkg}; run npm install`)
}

let design: string | undefined
/**
 * Everything besides the text that decides a card's pixels: this folder's code, the logo, and the versions of the
 * font and of the libraries that draw it. Changing any of them renders every card again.
 */
function designHash(): string {
  if (design) return design
  const hash = createHash('sha256')
  const dir = fileURLToPath(new URL('.', import.meta.url))
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) hash.update(file).update(readFileSync(join(dir, file)))
  hash.update(readFileSync(new URL('../../public/logo.svg', import.meta.url)))
  for (const pkg of [FONT_PACKAGE, 'satori', 'sharp', 'subset-font', 'linebreak']) hash.update(`${pkg}@${version(pkg)}`)
  design = hash.digest('hex')
  return design
}

/** The content hash of one card: same text, site and design, same key, same PNG. */
export function cardKey(text: CardText, site: CardSite): string {
  return createHash('sha256').update(JSON.stringify({ text, site, design: designHash() })).digest('hex')
}

/** The cache folder of a repository whose docs/ is `docsDir`. */
export function defaultCacheDir(docsDir: string): string {
  return join(docsDir, '..', '.cache', 'share-cards')
}

export function cachedCard(cacheDir: string, key: string): Buffer | undefined {
  const path = join(cacheDir, `${key}.png`)
  return existsSync(path) ? readFileSync(path) : undefined
}

/** Stores a card; written to a temporary name and renamed, so a build that stops half-way leaves no broken entry. */
export function storeCard(cacheDir: string, key: string, png: Buffer): void {
  mkdirSync(cacheDir, { recursive: true })
  const path = join(cacheDir, `${key}.png`)
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, png)
  renameSync(temporary, path)
}

/** Writes a file, creating its folder. */
export function writeOutput(path: string, data: Buffer): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, data)
}
