// `npm run preview:vercel`: serves a built site on 127.0.0.1 with vercel.json's redirects, headers, cleanUrls and trailingSlash.
import { createReadStream, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'
import { contentType, createVercelRouter } from '../../docs/.vitepress/deploy/vercel-router.ts'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'docs/.vitepress/dist' },
    config: { type: 'string', default: 'vercel.json' },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '4500' },
  },
})

const route = createVercelRouter(JSON.parse(readFileSync(values.config, 'utf8')), values.dir)

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end()
    return
  }
  const url = new URL(req.url ?? '/', 'http://preview.invalid')
  const answer = route(url.pathname, url.search)
  const headers: Record<string, string> = { ...answer.headers }
  if (answer.file) headers['Content-Type'] = contentType(answer.file)
  res.writeHead(answer.status, headers)
  if (!answer.file || req.method === 'HEAD') {
    res.end()
    return
  }
  createReadStream(answer.file).pipe(res)
})

server.listen(Number(values.port), values.host, () => {
  console.log(`Vercel-like preview of ${values.dir} on http://${values.host}:${values.port}/`)
})
