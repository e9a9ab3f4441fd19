// The checkers run on their fixture trees with the options the fixture tests use, for every test that needs them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultConfig } from '../../scripts/lib/checker-config.ts'
import { checkImages } from '../../scripts/lib/image-check.ts'
import { parseImagePolicy } from '../../scripts/lib/image-policy.ts'
import { checkSiteLinks } from '../../scripts/lib/link-check.ts'

/** A hand-made VitePress build (dist/) with planted faults and its Markdown sources (src/). */
export const LINKS_SITE = 'tests/fixtures/links-site'

/** Offline link-check options for the links fixture, reading its Markdown from `srcDir`. */
export function linkFixtureOptions(srcDir = join(LINKS_SITE, 'src')) {
  return {
    distDir: join(LINKS_SITE, 'dist'),
    srcDir,
    external: false,
    concurrency: 4,
    perHost: 2,
    timeoutMs: 1000,
    retries: 0,
    config: defaultConfig(''),
  }
}

export function checkLinkFixture(srcDir?: string) {
  return checkSiteLinks(linkFixtureOptions(srcDir))
}

/** A fixture site's own image-host policy (`<site>/image-hosts.config.json`). */
export function imagePolicyOf(site: string) {
  const raw = JSON.parse(readFileSync(join(site, 'image-hosts.config.json'), 'utf8')) as Record<string, unknown>
  return parseImagePolicy(raw, 'fixture')
}

/** The offline image check of a fixture site (`<site>/docs`, `<site>/image-hosts.config.json`). */
export function checkImageFixture(site: string) {
  return checkImages({
    srcDir: join(site, 'docs'),
    policy: imagePolicyOf(site),
    config: defaultConfig(''),
    network: false,
    concurrency: 2,
    perHost: 1,
    timeoutMs: 1000,
    retries: 0,
  })
}
