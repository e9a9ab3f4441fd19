// Reads a PDF back (pdfjs-dist, legacy build for Node): page count, outline, text and link annotations.
// `npm run pdf` reports the page count with it, and tests/scripts/pdf.test.ts checks what a reader gets.
import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfContents {
  pageCount: number
  /** Every bookmark's title, depth first. */
  outline: string[]
  /** The text of each page, items joined without separators (CJK text has no spaces to lose). */
  pageTexts: string[]
  /** Link annotations: `dest` for a link inside the PDF, `url` for one that leaves it. */
  links: { page: number; dest?: string; url?: string }[]
}

interface OutlineNode {
  title: string
  items: OutlineNode[]
}

export async function readPdf(path: string): Promise<PdfContents> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise
  try {
    const flatten = (nodes: OutlineNode[]): string[] => nodes.flatMap((node) => [node.title, ...flatten(node.items)])
    const outline = flatten(((await doc.getOutline()) ?? []) as OutlineNode[])
    const pageTexts: string[] = []
    const links: PdfContents['links'] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const text = await page.getTextContent()
      pageTexts.push(text.items.map((item) => ('str' in item ? item.str : '')).join(''))
      for (const annotation of (await page.getAnnotations()) as { subtype: string; dest?: unknown; url?: string }[]) {
        if (annotation.subtype !== 'Link') continue
        links.push({ page: n, ...(typeof annotation.dest === 'string' ? { dest: annotation.dest } : {}), ...(annotation.url ? { url: annotation.url } : {}) })
      }
    }
    return { pageCount: doc.numPages, outline, pageTexts, links }
  } finally {
    await doc.destroy()
  }
}
