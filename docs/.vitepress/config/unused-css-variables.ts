// Leaves out of the site's style sheet the CSS custom properties that nothing reads. VitePress's vars.css defines
// Algolia DocSearch variables, colour steps and shadows this site never uses, and every page loads them first.
import { readFileSync } from 'node:fs'
import postcss, { type Declaration } from 'postcss'
import type { OutputAsset } from 'rollup'
import type { Plugin } from 'vite'
import { listFilePaths } from '../folder-walk.ts'
import { assetHash } from './asset-hash.ts'

/** Files of the public folder that can read a variable: style sheets, scripts, pages and SVG figures. */
const PUBLIC_TEXT = '**/*.{css,js,html,svg}'

/**
 * A client-build plugin: the site's style sheet (the one every page links) loses the custom properties no `var()`
 * of its own reads and no other file of the build (JS chunks, the lazily loaded components' style sheets, the public
 * folder) names, repeated until none is left (a variable read only by a removed one goes too), and the rules left
 * empty.
 */
export function unusedCssVariables(): Plugin {
  /** The public folder of the client build; the server build's CSS is never served. */
  let publicDir: string | undefined
  return {
    name: 'aidraw:unused-css-variables',
    apply: 'build',
    configResolved: (config) => void (publicDir = config.build.ssr ? undefined : config.publicDir),
    // After Vite has written the site's style sheet and the lazily loaded components' (config/lazy-component-css.ts).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (publicDir === undefined) return
        const files = Object.values(bundle)
        const sheets = files.filter((file): file is OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'))
        const site = sheets[0]
        if (!site) return
        const pending = files.flatMap((file) => (file.type === 'chunk' ? [...(file.viteMetadata?.importedCss ?? [])] : [])).filter((css) => !bundle[css])
        if (pending.length > 0) this.error(`${pending.join(', ')} not in the bundle yet: list unusedCssVariables() after the plugin that writes them`)
        // Vite resolves `publicDir: false` to '': no public folder (not the working directory).
        const publicTexts = publicDir ? listFilePaths(publicDir, PUBLIC_TEXT).map((file) => readFileSync(file, 'utf8')) : []
        const elsewhere = files
          .filter((file) => file !== site)
          .map((file) => (file.type === 'chunk' ? file.code : typeof file.source === 'string' ? file.source : ''))
        const css = withoutUnusedVariables(String(site.source), [...elsewhere, ...publicTexts].join('\n'))
        if (css === site.source) return
        // The name's hash was computed before: what is left depends on the other files too, and hashed files are
        // cached for good, so the sheet is written under a hash of what it now holds. VitePress links the bundle's
        // first CSS file in every page, so the other sheets are written again after it.
        for (const sheet of sheets) delete bundle[sheet.fileName]
        this.emitFile({ type: 'asset', fileName: rehashed(site.fileName, css), source: css })
        for (const sheet of sheets.slice(1)) this.emitFile({ type: 'asset', fileName: sheet.fileName, source: sheet.source })
      },
    },
  }
}

/** `css` without the custom properties that neither its own `var()`s nor `elsewhere` (any text) mention. */
export function withoutUnusedVariables(css: string, elsewhere: string): string {
  const root = postcss.parse(css)
  const namedElsewhere = (name: string) => new RegExp(`${name.replace(/[-]/g, '\\-')}(?![\\w-])`).test(elsewhere)
  for (;;) {
    const declared = new Map<string, Declaration[]>()
    const read = new Set<string>()
    root.walkDecls((decl) => {
      if (decl.prop.startsWith('--')) declared.set(decl.prop, [...(declared.get(decl.prop) ?? []), decl])
      for (const [, name] of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) read.add(name!)
    })
    const unused = [...declared.keys()].filter((name) => !read.has(name) && !namedElsewhere(name))
    if (unused.length === 0) break
    for (const name of unused) for (const decl of declared.get(name)!) decl.remove()
  }
  // Rules, then at-rules (media queries), that held only removed variables.
  root.walkRules((rule) => void (rule.nodes.length === 0 && rule.remove()))
  root.walkAtRules((atRule) => void (atRule.nodes?.length === 0 && atRule.remove()))
  return root.toString()
}

/** `assets/style.BamQvZhY.css` with the 8-character hash replaced by one of `content`. */
function rehashed(fileName: string, content: string): string {
  return fileName.replace(/\.[\w-]{8}\.css$/, `.${assetHash(content)}.css`)
}
