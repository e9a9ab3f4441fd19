// Runs the real Python-Markdown (Debian's python3-markdown + python3-pymdownx) on a batch of Markdown cases.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

// The pyenv `python3` on PATH lacks the Debian modules; the system interpreter has them.
const PYTHON = process.env.REFERENCE_PYTHON ?? '/usr/bin/python3'
const SCRIPT = fileURLToPath(new URL('./python_markdown_reference.py', import.meta.url))
const MISSING_MODULES = 3

export type PythonReference =
  | { available: true; version: string; render: (cases: string[]) => string[] }
  | { available: false; reason: string }

/** `script` reads a JSON array of Markdown cases on stdin and prints `{ version, html }`; see python_markdown_reference.py. */
export function pythonReference(script = SCRIPT): PythonReference {
  const run = (cases: string[]) => runScript(script, cases)
  const probe = run([])
  if (probe.status === MISSING_MODULES || probe.error) {
    return {
      available: false,
      reason: `${PYTHON} cannot import markdown/pymdownx (install the Debian packages python3-markdown and python3-pymdownx): ${
        probe.error?.message ?? probe.stderr.trim()
      }`,
    }
  }
  const version = parse(probe).version
  return { available: true, version, render: (cases) => parse(run(cases)).html }
}

function runScript(script: string, cases: string[]) {
  return spawnSync(PYTHON, [script], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

function parse(result: ReturnType<typeof runScript>): { version: string; html: string[] } {
  if (result.status !== 0) throw new Error(`${PYTHON} exited ${result.status}: ${result.stderr}`)
  return JSON.parse(result.stdout) as { version: string; html: string[] }
}
