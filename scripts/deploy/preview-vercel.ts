// `npm run preview:vercel`: serves a built site on 127.0.0.1 with vercel.json's redirects, headers, cleanUrls and trailingSlash.
import { parseArgs } from 'node:util'
import { startVercelServer } from '../lib/vercel-server.ts'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'docs/.vitepress/dist' },
    config: { type: 'string', default: 'vercel.json' },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '4500' },
  },
})

const server = await startVercelServer(values.dir, { vercelJson: values.config, host: values.host, port: Number(values.port) })
console.log(`Vercel-like preview of ${values.dir} on ${server.origin}/`)
