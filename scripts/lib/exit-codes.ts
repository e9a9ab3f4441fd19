// Exit codes shared by every checker: 0 clean (warnings allowed), 1 findings, 2 usage or internal error.
import type { Finding } from './finding.ts'

export const EXIT_CLEAN = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2

/** A mistake in how the command was called; the CLI prints the message and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Warnings alone never fail a run: they ask for a look, not for a fix. */
export function exitCodeFor(findings: readonly Finding[]): number {
  return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_CLEAN
}
