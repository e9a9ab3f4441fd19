// Splits an `srcset` attribute into its image URLs (HTML's rules: URLs end at whitespace, candidates at commas).

export interface SrcsetCandidate {
  url: string
  descriptor: string
}

export function parseSrcset(srcset: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = []
  let i = 0
  const n = srcset.length
  while (i < n) {
    while (i < n && (isSpace(srcset[i]!) || srcset[i] === ',')) i++
    if (i >= n) break
    const start = i
    while (i < n && !isSpace(srcset[i]!)) i++
    let url = srcset.slice(start, i)
    let descriptor = ''
    // A URL may contain commas (data: URIs); a trailing one ends the candidate instead.
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '')
    } else {
      const descStart = i
      while (i < n && srcset[i] !== ',') i++
      descriptor = srcset.slice(descStart, i).trim()
    }
    if (url) candidates.push({ url, descriptor })
  }
  return candidates
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f'
}
