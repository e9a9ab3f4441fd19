// Running a checker module as a command: exit codes, usage errors on stderr, and small file-system checks.
import { existsSync, statSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { EXIT_USAGE, UsageError } from './exit-codes.ts'

/**
 * Runs `main` when the module is the process's entry point (not when tests or benches import it).
 * A UsageError prints its message with a hint; anything else is an internal error with its stack.
 */
export function runAsCommand(
  moduleUrl: string,
  name: string,
  main: (argv: readonly string[]) => Promise<number>,
): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${name}: ${error.message}\nRun with --help for usage.\n`)
      } else {
        process.stderr.write(`${name}: internal error: ${(error as Error).stack ?? String(error)}\n`)
      }
      process.exitCode = EXIT_USAGE
    },
  )
}

export function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory()
}
