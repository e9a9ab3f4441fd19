// Where our Markdown plugins spend their CPU: an in-process V8 CPU profile, its samples summed per source file of ours.
import { Session } from 'node:inspector/promises'
import { relative } from 'node:path'
import { ROOT } from './benchmarks-file.ts'

interface ProfileNode {
  id: number
  callFrame: { url: string }
  children?: number[]
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
}

/** Code of ours: the site's config, theme data and Markdown plugins. */
const OURS = '/docs/.vitepress/'
// The Markdown framework our plugins hook into: time spent there is Markdown work, not a plugin's.
const FRAMEWORK = ['/node_modules/vitepress/', '/node_modules/markdown-it/']

/**
 * Runs `work` under the profiler and returns each file of ours (`docs/.vitepress/markdown/vue-safe.ts`) with its
 * share of the samples (0–1). Shares, not the profile's times: those are wall time, which a busy machine stretches.
 * A sample counts for the file of ours nearest to it on the stack, unless the framework is nearer: a plugin's own
 * code and the libraries it calls (htmlparser2, URL parsing) are the plugin's; markdown-it's rendering that a
 * plugin's rule calls back into is not.
 */
export async function profileByFile(work: () => void): Promise<Map<string, number>> {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 500 })
  await session.post('Profiler.start')
  work()
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile }
  session.disconnect()

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  const owners = new Map<number, string | undefined>()
  const ownerOf = (id: number): string | undefined => {
    if (owners.has(id)) return owners.get(id)
    const { url } = nodes.get(id)!.callFrame
    const parent = parents.get(id)
    const owner = url.includes(OURS)
      ? relative(ROOT, new URL(url).pathname)
      : FRAMEWORK.some((part) => url.includes(part)) || parent === undefined
        ? undefined
        : ownerOf(parent)
    owners.set(id, owner)
    return owner
  }
  const byFile = new Map<string, number>()
  for (const id of profile.samples) {
    const owner = ownerOf(id)
    if (owner) byFile.set(owner, (byFile.get(owner) ?? 0) + 1 / profile.samples.length)
  }
  return byFile
}
