// The components every page may use without importing them: theme/index.ts registers them, vue-safe keeps them as components.
//
// Names only, so that the Markdown config (which runs in Node, where `.vue` files do not load) can read them;
// theme/index.ts maps each name to its component, and TypeScript checks that the two lists are the same.
export const GLOBAL_COMPONENTS = ['GlossaryTerm', 'GlossaryIndex'] as const

export type GlobalComponentName = (typeof GLOBAL_COMPONENTS)[number]
