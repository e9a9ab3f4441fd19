// Debian's Chromium, the one browser every test and benchmark drives: where it is and the flags it runs with.
// Nothing here lets browser tooling download a browser of its own.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Root in a container, no GPU, and none of Chromium's own traffic (updates, sync, QUIC probes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
]
