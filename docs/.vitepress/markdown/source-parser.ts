// The site's Markdown grammar for tools that read page sources: the link and image checkers parse with it.
import MarkdownIt from 'markdown-it'
import { useSitePlugins } from './index.ts'

/**
 * A markdown-it that parses a page as the site does: VitePress's markdown-it options (raw HTML, bare
 * URLs linked, fuzzy links off) with every plugin of ours, so admonition and tab bodies, `<div markdown>`
 * and footnotes hold the same links and images as the built page, and token maps give the file's lines.
 *
 * Not VitePress's own `createMarkdownRenderer`: that one is async and loads Shiki with its grammars
 * (seconds per process) to colour code, while tools only need the tokens of `parse()`, to which
 * VitePress's own plugins add no link or image: `::: info` containers only wrap their lines (read here as
 * paragraph text holding the same links), its link and image plugins rewrite URLs when rendering, and
 * `<!--@include: -->` is followed by the link checker itself (scripts/lib/markdown-links.ts).
 */
export function createSourceParser(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: true })
  md.linkify.set({ fuzzyLink: false })
  // Warnings about the Markdown are the build's to give; a checker reports its own findings. No glossary:
  // its auto-links are generated, not written. No components: a component tag holds no link of the source.
  return useSitePlugins(md, { components: [], warn: () => {} })
}
