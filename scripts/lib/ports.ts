// Loopback ports for the servers the browser tests start: is one free, find a free one, or stop with one line.
import { createServer } from 'node:net'

/** Whether a server could listen on 127.0.0.1:port right now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

/** A port the system says is free now (it may be taken again before use; good enough on one machine). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** The one line for a port that is taken: what is wrong and how to get past it. */
export function portInUseMessage(port: number, variable: string): string {
  return `Port ${port} on 127.0.0.1 is already in use (a preview server still running?): stop it, or run with ${variable}=<another port>.`
}

/** For Playwright configs: stop the process, before any test, when a server of ours could not listen. */
export async function requireFreePort(port: number, variable: string): Promise<void> {
  if (await isPortFree(port)) return
  process.stderr.write(`${portInUseMessage(port, variable)}\n`)
  process.exit(2)
}
