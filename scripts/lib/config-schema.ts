// Schema-checks a command's config file (valibot, via the site's config-file.ts): every mistake is a usage error (exit 2) naming file and key.
import type * as v from 'valibot'
import { ConfigFileError, checkSchema, parseJsonText } from '../../docs/.vitepress/config-file.ts'
import { UsageError } from './exit-codes.ts'

/** Runs `read`, turning a config mistake into a UsageError with the same message. */
export function asUsageError<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof ConfigFileError) throw new UsageError(error.message)
    throw error
  }
}

export function checkConfig<S extends v.GenericSchema<unknown, unknown>>(schema: S, raw: unknown, file: string): v.InferOutput<S> {
  return asUsageError(() => checkSchema(schema, raw, file))
}

export function parseConfigText(text: string, file: string): unknown {
  return asUsageError(() => parseJsonText(text, file))
}
