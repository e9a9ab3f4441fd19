// Prints the built guide to one PDF with the Chromium the tests use: the build served as Vercel serves it,
// all pages combined into one document (pdf-assemble.ts), printed with print media, an outline and page numbers.
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { escapeHtml } from 'markdown-it/lib/common/utils.mjs'
import { OFFLINE_CHROMIUM_ARGS } from './chromium.ts'
import { assembleGuide } from './pdf-assemble.ts'
import { applyBundledFonts, routeBundledFonts } from './bundled-fonts.ts'
import { type BookPage, type Cover, linkTargets } from './pdf-pages.ts'
import { startVercelServer } from './vercel-server.ts'

export interface PrintOptions {
  distDir: string
  out: string
  browserPath: string
  pages: BookPage[]
  cover: Cover
}

/** Where the combined document lives: a path of the same origin, so the site's root-relative assets load. */
const BOOK_PATH = '/__aidraw-pdf__'

const FOOTER = '<div style="width: 100%; font-size: 8px; text-align: center; color: #67676c"><span class="pageNumber"></span> / <span class="totalPages"></span></div>'

/** Writes the PDF; returns the pages that could not be read (empty when all went well). */
export async function printGuide(options: PrintOptions): Promise<{ problems: string[]; internalLinks: number }> {
  const server = await startVercelServer(options.distDir)
  const browser = await chromium.launch({ executablePath: options.browserPath, args: OFFLINE_CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ locale: 'zh-CN', colorScheme: 'light' })
    // tsx compiles with esbuild's keepNames, which wraps inner functions in a `__name` helper the page lacks.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
    await page.route(server.origin + BOOK_PATH, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(options.cover.title)}</title></head><body></body></html>`,
      }),
    )
    // Noto Sans SC and Mono from node_modules, embedded in the PDF: the same fonts on every machine, and text that
    // copies as the characters printed (bundled-fonts.ts says why a system CJK font got that wrong).
    await routeBundledFonts(page)
    await page.emulateMedia({ media: 'print', colorScheme: 'light' })
    await page.goto(server.origin + BOOK_PATH)
    const result = await page.evaluate(assembleGuide, {
      pages: options.pages,
      targets: linkTargets(options.pages),
      cover: options.cover,
      labels: { toc: '目录', date: '生成于 ' },
      css: readFileSync(new URL('./pdf-book.css', import.meta.url), 'utf8'),
    })
    await applyBundledFonts(page)
    await page.pdf({
      path: options.out,
      format: 'A4',
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: FOOTER,
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
    })
    return result
  } finally {
    await browser.close()
    await server.close()
  }
}
