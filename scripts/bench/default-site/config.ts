// The plain config default VitePress builds our pages with, and the vercel.json it is served with (for bench:vs-default).
import type { DefaultTheme, UserConfig } from 'vitepress'

export interface DefaultSiteOptions {
  lang: string
  title: string
  description?: string
  sidebar: DefaultTheme.SidebarItem[]
}

/**
 * Default theme, VitePress's own local search, the given sidebar and clean URLs; nothing of ours. Links to the
 * pages left out are dead here, so dead links do not stop the build.
 */
export function defaultSiteConfig(options: DefaultSiteOptions): UserConfig<DefaultTheme.Config> {
  return {
    lang: options.lang,
    title: options.title,
    ...(options.description ? { description: options.description } : {}),
    cleanUrls: true,
    ignoreDeadLinks: true,
    themeConfig: {
      sidebar: options.sidebar,
      search: { provider: 'local' },
    },
  }
}

/** `.vitepress/config.mjs` for that config: plain data, so the module imports nothing. */
export function configModule(config: UserConfig<DefaultTheme.Config>): string {
  return `// Written by npm run bench:vs-default: default VitePress on our pages.\nexport default ${JSON.stringify(config, null, 2)}\n`
}

export interface VercelJson {
  headers?: { source: string; headers: { key: string; value: string }[] }[]
  [key: string]: unknown
}

export const CSP_HEADER = 'Content-Security-Policy'

/**
 * Our vercel.json less its Content-Security-Policy (default VitePress has inline scripts our CSP blocks): the same
 * redirects, clean URLs, caching and other headers. A rule left with no header goes.
 */
export function withoutCsp(vercelJson: VercelJson): VercelJson {
  const headers = (vercelJson.headers ?? [])
    .map((rule) => ({ ...rule, headers: rule.headers.filter((h) => h.key.toLowerCase() !== CSP_HEADER.toLowerCase()) }))
    .filter((rule) => rule.headers.length > 0)
  return { ...vercelJson, headers }
}
