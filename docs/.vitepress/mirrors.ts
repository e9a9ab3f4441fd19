// The one list of places the guide is served from; the mirrors page, the mirror switcher and the build read it.

export interface Mirror {
  /** Origin plus base path, without a trailing slash: page paths are appended to it. */
  url: string
  /** Who hosts it, as a reader would call it. */
  host: string
  /** Whether readers in mainland China can open it. */
  reachableInChina: boolean
  /** A short link that leads to this mirror's home, if there is one. */
  shortLink?: string
}

export const VERCEL_MIRROR: Mirror = {
  url: 'https://stable-diffusion-book.vercel.app',
  host: 'Vercel 域名',
  reachableInChina: false,
  shortLink: 'https://b23.ink/aibook',
}

export const CHINA_MIRROR: Mirror = {
  url: 'https://draw.dianas.cyou',
  host: '别名域名',
  reachableInChina: true,
}

export const MIRRORS: readonly Mirror[] = [CHINA_MIRROR, VERCEL_MIRROR]

/** The label readers look for: can I open this from mainland China? */
export function availabilityLabel(mirror: Mirror): '国内可用' | '国内不可用' {
  return mirror.reachableInChina ? '国内可用' : '国内不可用'
}

/** The mirror a build for `siteUrl` serves, or undefined for a deployment not in the list (a preview). */
export function mirrorFor(siteUrl: string): Mirror | undefined {
  const wanted = siteUrl.replace(/\/+$/, '')
  return MIRRORS.find((mirror) => mirror.url === wanted)
}

/** Where a reader on `current` can open the same page elsewhere: every other mirror. */
export function otherMirrors(current: Mirror | undefined): Mirror[] {
  return MIRRORS.filter((mirror) => mirror !== current)
}
