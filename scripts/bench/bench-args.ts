// A bench's command line: node's parseArgs, and for a wrong option one line that says what is wrong and how to call
// the bench, then exit 2 (never a stack trace).
import { type ParseArgsConfig, parseArgs } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>

/** The option values of `npm run <command>`, e.g. `benchArgs('bench:build', { pages: { type: 'string', default: '100' } })`. */
export function benchArgs<const T extends Options>(command: string, options: T) {
  try {
    return parseArgs({ options, strict: true }).values
  } catch (error) {
    process.stderr.write(`${command}: ${(error as Error).message}\nUsage: npm run ${command} [-- ${usage(options)}]\n`)
    process.exit(2)
  }
}

/** `--runs 3 --no-write`: every option with its default. */
export function usage(options: Options): string {
  return Object.entries(options)
    .map(([name, option]) => (option.type === 'boolean' ? `--${name}` : `--${name} ${String(option.default ?? '…')}`))
    .join(' ')
}
