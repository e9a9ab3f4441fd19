// The 8-character content hash our build plugins put in the names of the CSS files they write, as Vite's names carry one:
// hashed files are cached for good, so a name must change whenever the content does.
import { createHash } from 'node:crypto'

export function assetHash(content: string): string {
  return createHash('sha256').update(content).digest('base64url').slice(0, 8)
}
