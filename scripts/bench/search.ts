// Benchmark: search index size and recall of the Chinese tokenizer against VitePress's default, on the real guide.
//
// Usage: npm run bench:search [-- --dist docs/.vitepress/dist]
// Budget (issue 7): the index the browser downloads stays under 2× the size the default tokenizer
// gives for the same sections, and every query of tests/search/queries.json finds its section in
// the first 3 results.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import MiniSearch, { type Options, type SearchOptions } from 'minisearch'
import { indexOptions, SEARCH_OPTIONS, type SearchDocument } from '../../docs/.vitepress/search/options.ts'
import { tokenize } from '../../docs/.vitepress/search/tokenize.ts'
import { loadSiteSearch } from '../test-support/site-search.ts'
import { benchArgs } from './bench-args.ts'

const BUDGET = 2
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const values = benchArgs('bench:search', { dist: { type: 'string', default: 'docs/.vitepress/dist' } })

interface Query {
  query: string
  expect: string
}
const queries = (JSON.parse(readFileSync(join(ROOT, 'tests/search/queries.json'), 'utf8')) as { queries: Query[] })
  .queries

// VPLocalSearchBox's defaults, used when the theme config gives none.
const VITEPRESS_SEARCH: SearchOptions = { fuzzy: 0.2, prefix: true, boost: { title: 4, text: 2, titles: 1 } }

interface Variant {
  name: string
  options: Options<SearchDocument>
  /** Cuts a query with another segmenter (`null`: none), as a browser unlike Node might. */
  foreignQuery?: (text: string, segmenter: Intl.Segmenter | null) => string[]
}

// Browsers segment with their own ICU (or ICU4X in Firefox) and dictionary: a query may be cut
// differently from the text. Two stand-ins: Japanese word rules, and no segmenter at all.
const japanese = new Intl.Segmenter('ja', { granularity: 'word' })

const ours = indexOptions()
const hanChars = (text: string) => text.match(/\p{Script=Han}/gu) ?? []
const variants: Variant[] = [
  {
    name: 'VitePress default (split on spaces and punctuation)',
    options: { fields: ours.fields, storeFields: ours.storeFields, searchOptions: VITEPRESS_SEARCH },
  },
  withTokenizer('Intl.Segmenter words', (t) => tokenize(t, { bigrams: false }), (t, segmenter) =>
    tokenize(t, { bigrams: false, segmenter }),
  ),
  withTokenizer('words + Han bigrams (shipped)', (t) => tokenize(t), (t, segmenter) => tokenize(t, { query: true, segmenter }), ours),
  withTokenizer(
    'words + bigrams + single Han characters',
    (t) => [...tokenize(t), ...hanChars(t)],
    (t, segmenter) => [...tokenize(t, { segmenter }), ...hanChars(t)],
  ),
]

/** Our options with another tokenizer; `query` cuts queries with a given segmenter. */
function withTokenizer(
  name: string,
  cut: (text: string) => string[],
  query: (text: string, segmenter: Intl.Segmenter | null) => string[],
  options?: Options<SearchDocument>,
): Variant {
  return {
    name,
    options: options ?? { ...ours, tokenize: cut, searchOptions: { ...SEARCH_OPTIONS, tokenize: cut } },
    foreignQuery: query,
  }
}

const started = performance.now()
const site = await loadSiteSearch()
const loadMs = performance.now() - started

const rows = variants.map((variant) => {
  const index = new MiniSearch<SearchDocument>(variant.options)
  index.addAll(site.documents)
  const json = JSON.stringify(index)
  let top1 = 0
  let top3 = 0
  let japanese3 = 0
  let chars3 = 0
  const misses: string[] = []
  const searchOptions = variant.options.searchOptions ?? SEARCH_OPTIONS
  for (const { query, expect } of queries) {
    const ids = index.search(query, searchOptions).map((r) => r.id)
    if (ids[0] === expect) top1++
    if (ids.slice(0, 3).includes(expect)) top3++
    else misses.push(query)
    const cutBy = (segmenter: Intl.Segmenter | null) =>
      variant.foreignQuery
        ? index.search(query, { ...searchOptions, tokenize: (t) => variant.foreignQuery!(t, segmenter) }).map((r) => r.id)
        : ids
    if (cutBy(japanese).slice(0, 3).includes(expect)) japanese3++
    if (cutBy(null).slice(0, 3).includes(expect)) chars3++
  }
  return { variant, json, top1, top3, japanese3, chars3, misses }
})

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const baseline = rows[0]!.json.length
console.log(`Search index of the guide: ${site.documents.length} sections, ${queries.length} queries (built in ${Math.round(loadMs)} ms)\n`)
console.log('| tokenizer | index JSON | gzip | brotli | × default | recall@1 | recall@3 | recall@3, query cut by `ja` rules¹ | recall@3, no Intl.Segmenter¹ |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const { variant, json, top1, top3, japanese3, chars3 } of rows) {
  const buf = Buffer.from(json)
  console.log(
    `| ${variant.name} | ${kb(buf.length)} | ${kb(gzipSync(buf, { level: 9 }).length)} | ${kb(brotliCompressSync(buf).length)} | ` +
      `${(json.length / baseline).toFixed(2)} | ${pct(top1)} | ${pct(top3)} | ${variant.foreignQuery ? pct(japanese3) : '—'} | ${variant.foreignQuery ? pct(chars3) : '—'} |`,
  )
}
console.log(
  "\n¹ the text indexed in Node, the query cut in a browser whose segmenter differs: Japanese word rules, or none (characters)",
)
for (const { variant, misses } of rows) {
  if (misses.length) console.log(`\n${variant.name} misses (not in top 3): ${misses.join(', ')}`)
}

const shipped = rows[2]!
const served = Buffer.from(site.indexJson)
if (served.toString() !== shipped.json) console.log('\nnote: the served index differs from the one rebuilt here')
console.log(`\nServed index: ${kb(served.length)} (${kb(gzipSync(served, { level: 9 }).length)} gzip)`)

// What the browser downloads for search, from a production build if there is one.
const chunks = resolve(ROOT, values.dist!, 'assets/chunks')
if (existsSync(chunks)) {
  for (const name of readdirSync(chunks).filter((n) => /^(@localSearchIndex|VPLocalSearchBox)/.test(n))) {
    const bytes = readFileSync(join(chunks, name))
    console.log(`${values.dist}/assets/chunks/${name}: ${kb(statSync(join(chunks, name)).size)} (${kb(gzipSync(bytes, { level: 9 }).length)} gzip)`)
  }
} else {
  console.log(`(no build at ${values.dist}; run npm run build to see the chunks the browser downloads)`)
}

const ratio = shipped.json.length / baseline
const ok = ratio < BUDGET && shipped.top3 === queries.length
console.log(
  `\nBudget: index < ${BUDGET}× default (${ratio.toFixed(2)}×), recall@3 100 % (${pct(shipped.top3)}) — ${ok ? 'met' : 'NOT MET'}`,
)
process.exitCode = ok ? 0 : 1

function pct(n: number): string {
  return `${((100 * n) / queries.length).toFixed(0)} %`
}
