// The MiniSearch the search box uses in the browser: VitePress's, loading the index with our Chinese tokenizer.
//
// VitePress would take a tokenizer only from the theme config, which it ships to the browser as
// source text and revives with `new Function` — forbidden by a Content-Security-Policy without
// 'unsafe-eval'. Instead, the Vite plugin in ./local-search.ts points the search box's
// `import MiniSearch from 'minisearch'` at this module, so the tokenizer is ordinary bundled code.
import MiniSearch, { type Options } from 'minisearch'
import { searchBoxOptions } from './options.ts'

export default class ChineseMiniSearch<T = any> extends MiniSearch<T> {
  /** Loads the index as VitePress asks, with our fields, tokenizer and ranking taking precedence. */
  static override loadJSON<T = any>(json: string, options: Options<T>): MiniSearch<T> {
    const ours = searchBoxOptions() as unknown as Options<T>
    return super.loadJSON<T>(json, {
      ...options,
      ...ours,
      searchOptions: { ...options.searchOptions, ...ours.searchOptions },
    })
  }
}
