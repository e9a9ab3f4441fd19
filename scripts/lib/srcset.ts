// Splits an `srcset` attribute into its image URLs, with the `srcset` package (HTML's candidate rules).
import { parseSrcset as parseCandidates, type SrcSetDefinition } from 'srcset'

export interface SrcsetCandidate {
  url: string
  /** The candidate's descriptor as `srcset` reads it (`2x`, `480w`); '' when it has none. */
  descriptor: string
}

export function parseSrcset(srcset: string): SrcsetCandidate[] {
  // Lenient mode: a malformed srcset (two 1x candidates, a stray descriptor) still gets its URLs checked,
  // as browsers still load them; strict mode would throw and hide every URL of the attribute.
  const candidates = parseCandidates(srcset).filter((c) => c.url !== '')
  if (candidates.length === 0 && srcset.trim() !== '') {
    // The package wants URLs of two characters or more; a one-character one is still a URL to check.
    return [{ url: srcset.trim().split(/\s+/)[0]!, descriptor: '' }]
  }
  return candidates.map((c) => ({ url: c.url, descriptor: descriptorOf(c) }))
}

function descriptorOf(candidate: SrcSetDefinition): string {
  if (candidate.width !== undefined) return `${candidate.width}w`
  if (candidate.density !== undefined) return `${candidate.density}x`
  return ''
}
