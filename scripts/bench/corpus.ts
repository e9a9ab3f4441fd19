// Generates a synthetic guide shaped like ours (Chinese prose, admonitions, tables, code, images) for build benchmarks.
import { deflateSync, crc32 } from 'node:zlib'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

export interface CorpusPage {
  /** Path of the source under docs/, `models/page-12.md`. */
  file: string
  /** URL path VitePress serves it at with cleanUrls, `/models/page-12`. */
  link: string
  title: string
}

export interface CorpusSection {
  /** Folder under docs/ and URL prefix, `models`. */
  dir: string
  title: string
  /** The section's index page first, then its pages. */
  pages: CorpusPage[]
  /** The pages in sidebar groups of GROUP_SIZE (the index page is not in a group). */
  groups: { title: string; pages: CorpusPage[] }[]
}

export interface Corpus {
  /** The folder holding docs/ (and where mkdocs.yml and the VitePress config go). */
  root: string
  docsDir: string
  sections: CorpusSection[]
  /** Markdown pages written, the home page included. */
  pageCount: number
}

/** Pages per section; our four real sections are small, a 1 000-page guide would have about 20 of these. */
export const SECTION_SIZE = 50
const GROUP_SIZE = 10
const IMAGES_PER_SECTION = 4

// Our real sections first, then topics a growing guide would add. The terms section is not `glossary/`: that folder
// holds the glossary model's pages (each with `term:` and `summary:`, read by the redirects and the auto-linker).
const SECTION_NAMES: [string, string][] = [
  ['guide', '入门'],
  ['concepts', '名词解释'],
  ['models', '模型'],
  ['prompts', '提示词'],
  ['samplers', '采样方法'],
  ['training', '训练'],
  ['extensions', '扩展'],
  ['controlnet', 'ControlNet'],
  ['lora', 'LoRA'],
  ['upscale', '放大与修复'],
  ['inpaint', '局部重绘'],
  ['hardware', '硬件与显存'],
  ['deploy', '部署'],
  ['faq', '常见问题'],
  ['community', '社区'],
  ['contributing', '参与贡献'],
]

// Sentences in the voice of the guide; glossary terms (CLIP, 潜在空间, LDM…) appear so the auto-link plugin works.
const SENTENCES = [
  'Stable Diffusion 在潜在空间中逐步去噪，最后由 VAE 把结果还原成图像。',
  '提示词先经过 CLIP 编码成向量，模型再根据这些向量引导每一步采样。',
  '如果显存不足，可以在 WebUI 的启动参数里加上 `--medvram` 或 `--lowvram`。',
  'NAI 模型泄漏之后，社区里大部分二次元模型都是在它的基础上继续训练的。',
  '采样步数并不是越多越好，DPM++ 2M Karras 在二十步左右就已经相当稳定。',
  'LDM 把扩散过程搬到压缩后的潜在空间里进行，因此消费级显卡也能运行。',
  '损失函数衡量预测的噪声与真实噪声之间的差距，训练的目标就是让它变小。',
  '使用 CUDA 的显卡运行速度明显更快，AMD 显卡则需要 ROCm 或 DirectML。',
  '同样的种子和参数在不同机器上可能得到略有不同的结果，ENSD 就是为此设置的。',
  '负面提示词用来排除不想要的元素，比如 lowres、bad anatomy 和 watermark。',
  '高分辨率修复会先生成小图，再在潜在空间中放大并重新采样一遍细节。',
  '训练 LoRA 时，数据集的质量往往比数量更重要，二三十张图就能见到效果。',
  '“炼丹”在社区黑话里指训练模型，“咒语”则指提示词。',
  '模型文件通常以 safetensors 格式分发，比旧的 ckpt 格式更安全。',
  'ControlNet 可以用线稿、深度图或姿势骨架约束构图，让画面更可控。',
  '初次使用时建议保持默认参数，先熟悉界面，再逐项调整。',
]
const HEADINGS = ['概述', '准备工作', '操作步骤', '参数说明', '常见问题', '延伸阅读']
const ADMONITIONS = [
  ['!!! note', '这一步会下载数 GB 的模型文件，请确认磁盘空间充足。'],
  ['!!! warning "显存不足"', '生成大图时如果报错 CUDA out of memory，请降低分辨率或开启分块处理。'],
  ['??? tip "展开查看示例参数"', '步数 28，CFG 7，采样器 Euler a，分辨率 512×768。'],
  ['!!! info "**事件报告**"', '泄露 Part 1 —— 包含生产模型，程序 —— 53.66 GB。'],
]

/** Writes a corpus of `pages` Markdown pages (home and section indexes included) under `root`/docs. */
export async function generateCorpus(root: string, pages: number): Promise<Corpus> {
  const docsDir = join(root, 'docs')
  const random = mulberry32(pages)
  const perSection = SECTION_SIZE
  const sectionCount = Math.max(1, Math.ceil((pages - 1) / perSection))
  const sections: CorpusSection[] = []
  let left = pages - 1
  for (let s = 0; s < sectionCount; s++) {
    const [base, baseTitle] = SECTION_NAMES[s % SECTION_NAMES.length]!
    const round = Math.floor(s / SECTION_NAMES.length)
    const dir = round ? `${base}-${round + 1}` : base
    const title = round ? `${baseTitle}（${round + 1}）` : baseTitle
    const size = Math.min(perSection, left)
    left -= size
    const sectionPages: CorpusPage[] = [{ file: `${dir}/index.md`, link: `/${dir}/`, title: `${title}总览` }]
    for (let p = 1; p < size; p++) {
      const n = s * perSection + p
      sectionPages.push({ file: `${dir}/page-${n}.md`, link: `/${dir}/page-${n}`, title: `${title}：第 ${n} 篇` })
    }
    const body = sectionPages.slice(1)
    const groups = []
    for (let g = 0; g < body.length; g += GROUP_SIZE) {
      groups.push({ title: `${title} ${g / GROUP_SIZE + 1}`, pages: body.slice(g, g + GROUP_SIZE) })
    }
    sections.push({ dir, title, pages: sectionPages, groups })
  }
  const all = sections.flatMap((s) => s.pages)

  const files: [string, string | Buffer][] = []
  files.push([join(docsDir, 'index.md'), homePage(sections)])
  for (const section of sections) {
    for (let i = 0; i < IMAGES_PER_SECTION; i++) {
      files.push([join(docsDir, section.dir, 'images', `figure-${i}.png`), noisePng(48, 48, random)])
    }
    section.pages.forEach((page, i) => {
      const text = i === 0 ? sectionIndex(section) : contentPage(page, section, all, random)
      files.push([join(docsDir, page.file), text])
    })
  }
  const dirs = new Set(files.map(([path]) => dirname(path)))
  await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })))
  for (let i = 0; i < files.length; i += 200) {
    await Promise.all(files.slice(i, i + 200).map(([path, text]) => writeFile(path, text)))
  }
  return { root, docsDir, sections, pageCount: all.length + 1 }
}

function homePage(sections: CorpusSection[]): string {
  return [
    '---',
    'title: 合成指南',
    'description: 构建基准用的合成指南首页。',
    '---',
    '',
    '# 合成指南',
    '',
    '这是构建基准生成的指南，结构仿照 AiDraw：中文正文、提示框、表格、代码和图片。',
    '',
    ...sections.map((s) => `- [${s.title}](${s.dir}/index.md)`),
    '',
  ].join('\n')
}

function sectionIndex(section: CorpusSection): string {
  return [
    '---',
    `title: ${section.title}总览`,
    '---',
    '',
    `# ${section.title}总览`,
    '',
    `本节共 ${section.pages.length - 1} 篇。`,
    '',
    ...section.pages.slice(1).map((p) => `- [${p.title}](${p.file.slice(section.dir.length + 1)})`),
    '',
  ].join('\n')
}

/** About 4 KB of Markdown: the mix of our longer pages, a bit more of everything. */
function contentPage(page: CorpusPage, section: CorpusSection, all: CorpusPage[], random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const paragraph = (n: number) => Array.from({ length: n }, () => pick(SENTENCES)).join('')
  const linkTo = (target: CorpusPage) => {
    const [dir, name] = target.file.split('/') as [string, string]
    return `[${target.title}](${dir === section.dir ? name : `../${dir}/${name}`})`
  }
  const out = ['---', `title: ${page.title}`, `description: ${paragraph(1)}`, '---', '', `# ${page.title}`, '']
  out.push(paragraph(3), '')
  HEADINGS.forEach((heading, h) => {
    out.push(`## ${heading}`, '')
    out.push(`${paragraph(2)}相关内容见 ${linkTo(pick(all))} 和 ${linkTo(pick(all))}。`, '')
    switch (h) {
      case 0: {
        const [head, body] = pick(ADMONITIONS)
        out.push(head!, '', `    ${body}`, '', `    ${paragraph(1)}`, '')
        break
      }
      case 1:
        out.push('| 参数 | 推荐值 | 说明 |', '| --- | --- | --- |')
        for (let r = 0; r < 5; r++) out.push(`| 参数 ${r + 1} | ${Math.floor(random() * 100)} | ${pick(SENTENCES)} |`)
        out.push('')
        break
      case 2:
        out.push('```text', 'masterpiece, best quality, 1girl, cherry blossoms, {{detailed eyes}}, [smile]', 'Negative prompt: lowres, bad anatomy, bad hands, text, error', '```', '')
        out.push(`![示意图 ${h}](images/figure-${Math.floor(random() * IMAGES_PER_SECTION)}.png)`, '')
        break
      case 3:
        out.push('```python', 'import torch', '', 'def denoise(latents, steps=28):', '    for t in range(steps):', '        latents = latents - 0.1 * torch.randn_like(latents)', '    return latents', '```', '')
        break
      case 4:
        out.push(`- ${pick(SENTENCES)}`, `- ${pick(SENTENCES)}`, `- ${pick(SENTENCES)}`, '')
        out.push('??? question "为什么出图是黑的？"', '', `    ${paragraph(2)}`, '')
        break
      default:
        out.push(paragraph(2), '')
    }
  })
  return out.join('\n')
}

/** A small RGB PNG of noise: incompressible, so it stays a file (not a data URI) and weighs like a thumbnail. */
function noisePng(width: number, height: number, random: () => number): Buffer {
  const rows: Buffer[] = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3)
    for (let i = 1; i < row.length; i++) row[i] = Math.floor(random() * 256)
    rows.push(row)
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(typed))
    return Buffer.concat([length, typed, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Seeded PRNG: the same page count gives the same corpus, byte for byte. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
