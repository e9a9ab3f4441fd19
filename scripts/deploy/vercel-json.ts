// `npm run vercel:json` writes vercel.json from docs/.vitepress/deploy/redirects.ts and headers.ts; `--check` only compares.
import { readFileSync, writeFileSync } from 'node:fs'
import { VERCEL_JSON_PATH, isVercelJsonCurrent, renderVercelJson, vercelConfig } from '../../docs/.vitepress/deploy/vercel-config.ts'

const check = process.argv.includes('--check')
try {
  const wanted = renderVercelJson(vercelConfig('docs'))
  let current = ''
  try {
    current = readFileSync(VERCEL_JSON_PATH, 'utf8')
  } catch {
    // missing counts as out of date
  }
  if (isVercelJsonCurrent(current, wanted)) {
    console.log(`${VERCEL_JSON_PATH} is up to date`)
  } else if (check) {
    console.error(`${VERCEL_JSON_PATH} is out of date with docs/.vitepress/deploy/redirects.ts; run npm run vercel:json`)
    process.exitCode = 1
  } else {
    writeFileSync(VERCEL_JSON_PATH, wanted)
    console.log(`wrote ${VERCEL_JSON_PATH}`)
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
}
