// Generates a large VitePress-like built site (HTML + Markdown sources) with a few planted faults, for benchmarks.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

export interface GeneratedSite {
  distDir: string
  srcDir: string
  pages: number
  /** Findings a correct checker reports (one per planted fault). */
  plantedFaults: number
}

const SECTIONS = 20
const HEADINGS = ['概述', '潜在空间', '提示词', '采样方法', '常见问题']

/** Writes `pages` pages in sections of equal size under `root`/dist and `root`/src. */
export async function generateSite(root: string, pages = 1000): Promise<GeneratedSite> {
  const distDir = join(root, 'dist')
  const srcDir = join(root, 'src')
  const perSection = Math.ceil(pages / SECTIONS)
  const names = Array.from({ length: pages }, (_, i) => `s${Math.floor(i / perSection)}/page-${i}`)
  const files: [string, string][] = []
  let planted = 0

  names.forEach((name, i) => {
    const section = name.split('/')[0]!
    const siblings = names.filter((n) => n.startsWith(section + '/'))
    const targets = Array.from({ length: 15 }, (_, k) => names[(i * 7 + k * 31 + 1) % pages]!)
    const md: string[] = ['---', `title: 第 ${i} 页`, '---', '', `# 第 ${i} 页`, '']
    const html: string[] = []
    html.push(`<h1 id="第-${i}-页" tabindex="-1">第 ${i} 页 <a class="header-anchor" href="#第-${i}-页">​</a></h1>`)
    HEADINGS.forEach((heading, h) => {
      md.push(`## ${heading}`, '')
      html.push(`<h2 id="${heading}" tabindex="-1">${heading} <a class="header-anchor" href="#${encodeURIComponent(heading)}">​</a></h2>`)
      const links = targets.slice(h * 3, h * 3 + 3)
      const mdLinks = links.map((t, k) => (k === 1 ? `[${t}](/${t}#${heading})` : `[${t}](/${t})`))
      const htmlLinks = links.map((t, k) =>
        k === 1 ? `<a href="/${t}#${encodeURIComponent(heading)}">${t}</a>` : `<a href="/${t}">${t}</a>`,
      )
      md.push(`这一节讲${heading}，参见 ${mdLinks.join('、')}。外链见 [资料](https://example.com/${i}/${h})。`, '')
      html.push(`<p>这一节讲${heading}，参见 ${htmlLinks.join('、')}。外链见 <a href="https://example.com/${i}/${h}" target="_blank" rel="noreferrer">资料</a>。</p>`)
    })
    md.push(`![示意图](/images/figure-${i % 10}.svg)`, '')
    html.push(`<p><img src="/images/figure-${i % 10}.svg" alt="示意图"></p>`)
    // A few pages carry a fault each: a missing page, a missing anchor, a missing image.
    if (i % 400 === 13) {
      md.push('[不存在的页面](./no-such-page)', '')
      html.push('<p><a href="./no-such-page">不存在的页面</a></p>')
      planted++
    }
    if (i % 400 === 77) {
      md.push(`[不存在的小节](/${targets[0]}#不存在的小节)`, '')
      html.push(`<p><a href="/${targets[0]}#${encodeURIComponent('不存在的小节')}">不存在的小节</a></p>`)
      planted++
    }
    if (i % 400 === 199) {
      md.push('![缺失的图](/images/missing.svg)', '')
      html.push('<p><img src="/images/missing.svg" alt="缺失的图"></p>')
      planted++
    }
    const key = `${name.replace(/\//g, '_')}.md`
    files.push([join(srcDir, `${name}.md`), md.join('\n')])
    files.push([join(distDir, `${name}.html`), page(key, `第 ${i} 页`, siblings, html.join('\n'))])
    files.push([join(distDir, 'assets', `${key}.Ab12Cd34.lean.js`), 'export default {}\n'])
  })
  files.push([join(distDir, 'index.html'), page('index.md', '首页', names.slice(0, 50), '<h1 id="首页">首页</h1>')])
  files.push([join(srcDir, 'index.md'), '# 首页\n'])
  files.push([join(distDir, 'assets', 'index.md.Ab12Cd34.lean.js'), 'export default {}\n'])
  for (const asset of ['app.Qw34.js', 'chunks/theme.Er56.js', 'chunks/framework.Ty78.js', 'style.Xy12.css']) {
    files.push([join(distDir, 'assets', asset), '/* asset */\n'])
  }
  for (let f = 0; f < 10; f++) files.push([join(distDir, 'images', `figure-${f}.svg`), '<svg xmlns="http://www.w3.org/2000/svg"/>\n'])
  files.push([join(distDir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n'])

  const dirs = new Set(files.map(([path]) => dirname(path)))
  await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })))
  for (let i = 0; i < files.length; i += 200) {
    await Promise.all(files.slice(i, i + 200).map(([path, text]) => writeFile(path, text)))
  }
  return { distDir, srcDir, pages: pages + 1, plantedFaults: planted }
}

/** The VitePress default-theme shell: head assets, nav, a sidebar of the section, the content. */
function page(key: string, title: string, sidebar: string[], content: string): string {
  const nav = ['/', '/s0/page-0', '/s1/page-50', '/s2/page-100']
    .map((href, i) => `<a class="VPLink link VPNavBarMenuLink" href="${href}" tabindex="0" data-v-dc692963>导航 ${i}</a>`)
    .join('')
  const side = sidebar
    .map((n) => `<div class="VPSidebarItem level-1 is-link" data-v-b3fd67f8><div class="item" data-v-b3fd67f8><a class="VPLink link link" href="/${n}" data-v-b3fd67f8><p class="text" data-v-b3fd67f8>${n}</p></a></div></div>`)
    .join('')
  return `<!DOCTYPE html>
<html lang="zh-CN" dir="ltr">
  <head>
    <meta charset="utf-8">
    <title>${title} | 基准站</title>
    <link rel="preload stylesheet" href="/assets/style.Xy12.css" as="style">
    <script type="module" src="/assets/app.Qw34.js"></script>
    <link rel="modulepreload" href="/assets/chunks/theme.Er56.js">
    <link rel="modulepreload" href="/assets/chunks/framework.Ty78.js">
    <link rel="modulepreload" href="/assets/${key}.Ab12Cd34.lean.js">
    <link rel="icon" type="image/svg+xml" href="/logo.svg">
    <link rel="canonical" href="https://bench.example/${key}">
  </head>
  <body>
    <div id="app"><div class="Layout" data-v-5d98c3a5><a href="#VPContent" class="VPSkipLink visually-hidden">跳到正文</a><header class="VPNav"><a class="title" href="/"><img class="VPImage logo" src="/logo.svg" alt="标志"><span>基准站</span></a>${nav}<a class="VPSocialLink no-icon" href="https://github.com/example/bench" aria-label="GitHub" target="_blank" rel="noopener"></a></header><aside class="VPSidebar"><nav class="nav" id="VPSidebarNav">${side}</nav></aside><div class="VPContent has-sidebar" id="VPContent"><div class="VPDoc has-sidebar has-aside"><main class="main"><div style="position:relative;" class="vp-doc _${key.replace(/\.md$/, '')}"><div>
${content}
</div></div></main><footer class="VPDocFooter"><a class="VPLink link vp-external-link-icon no-icon edit-link-button" href="https://github.com/example/bench/edit/main/docs/${key}" target="_blank" rel="noreferrer">编辑此页</a></footer></div></div><footer class="VPFooter"><p class="message">本站内容以 <a href="/">GFDL</a> 授权</p></footer></div></div>
  </body>
</html>
`
}
