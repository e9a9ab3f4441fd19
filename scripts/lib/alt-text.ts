// Tells alt text that describes an image from alt text that only fills the attribute ("image", "？", a file name).

/** Words that say "this is a picture" and nothing about which picture, in English and Chinese. */
const GENERIC_WORDS =
  /^(?:image|img|picture|pic|photo|screenshot|screen ?shot|figure|fig|graphic|icon|logo|banner|untitled|placeholder|alt|alt text|null|undefined|none|todo|tbd|图|图片|图像|截图|屏幕截图|照片|插图|配图|示意图|图示|无标题|占位图|图标|徽章|badge)$/i

/** Names cameras, phones and screenshot tools give files, and content hashes. */
const MACHINE_NAME = /^(?:img|dsc|dscn|pxl|mvimg|screenshot|screen shot|微信图片|截屏|屏幕快照)[\s_-]*[\d_\s.:-]*$|^[0-9a-f]{8,}(?:-[0-9a-f]{4,})*$/i

const IMAGE_EXTENSION = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico|tiff?|heic)$/i

export type AltProblem = { code: 'missing-alt' | 'meaningless-alt'; message: string }

/**
 * Why `alt` fails to describe the image at `url`, or undefined when it is fine. `alt` undefined
 * means the attribute is absent.
 */
export function altTextProblem(alt: string | undefined, url: string): AltProblem | undefined {
  const text = (alt ?? '').replace(/[\u200b-\u200d\ufeff]/g, '').trim()
  if (text === '') {
    return {
      code: 'missing-alt',
      message: 'no alt text: describe what the image shows (for readers who cannot see it, and when it fails to load)',
    }
  }
  const bare = text.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
  if (bare === '') return meaningless(`“${text}” is only punctuation`)
  const words = bare.replace(/[\s_-]*\d+$/, '')
  if (GENERIC_WORDS.test(words) || GENERIC_WORDS.test(bare)) return meaningless(`“${text}” says it is an image, not what it shows`)
  if (IMAGE_EXTENSION.test(text) || MACHINE_NAME.test(bare)) return meaningless(`“${text}” is a file name`)
  const fileName = decodeSafe(url.split(/[?#]/)[0]!.split('/').pop() ?? '')
  const stem = fileName.replace(/\.[^.]+$/, '')
  if (stem !== '' && (text === fileName || text === stem)) return meaningless(`“${text}” repeats the file name`)
  return undefined
}

function meaningless(why: string): AltProblem {
  return { code: 'meaningless-alt', message: `alt text ${why}: describe what the image shows` }
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
