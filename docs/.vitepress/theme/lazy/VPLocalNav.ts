// VitePress's VPLocalNav, loaded only for pages that show it (theme/lazy-doc-parts.ts; config/shared.ts points the layout here).
export { LazyLocalNav as default } from '../lazy-doc-parts.ts'
