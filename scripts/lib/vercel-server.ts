// Serves a built site on 127.0.0.1 like the real host: vercel.json's redirects, headers, cleanUrls and
// trailingSlash, and gzip as Vercel's CDN sends it. `npm run preview:vercel`, the deployment tests and the
// page-weight and Lighthouse benches all use this one server.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { contentType, createVercelRouter } from '../../docs/.vitepress/deploy/vercel-router.ts'

export interface VercelServer {
  origin: string
  close(): Promise<void>
}

// What Vercel compresses: text formats; images and fonts are sent as they are.
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/

export interface VercelServerOptions {
  /** The vercel.json to follow (default: the repository's). */
  vercelJson?: string
  /** Default: a free port. */
  port?: number
  /** Default: 127.0.0.1. */
  host?: string
}

/** Starts the server; bodies are gzipped at level 6 when the client accepts it. */
export function startVercelServer(dir: string, options: VercelServerOptions = {}): Promise<VercelServer> {
  const route = createVercelRouter(JSON.parse(readFileSync(options.vercelJson ?? 'vercel.json', 'utf8')) as object, dir)
  const gzipped = new Map<string, Buffer>()
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    const url = new URL(req.url ?? '/', 'http://preview.invalid')
    const answer = route(url.pathname, url.search)
    const headers: Record<string, string> = { ...answer.headers }
    if (!answer.file) {
      res.writeHead(answer.status, headers).end()
      return
    }
    const type = contentType(answer.file)
    headers['Content-Type'] = type
    headers['Vary'] = 'Accept-Encoding'
    let body: Buffer = readFileSync(answer.file)
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let zipped = gzipped.get(answer.file)
      if (!zipped) gzipped.set(answer.file, (zipped = gzipSync(body, { level: 6 })))
      body = zipped
      headers['Content-Encoding'] = 'gzip'
    }
    headers['Content-Length'] = String(body.length)
    res.writeHead(answer.status, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  return new Promise((resolve, reject) => {
    server.on('error', reject)
    const host = options.host ?? '127.0.0.1'
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo
      resolve({
        origin: `http://${host}:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}
