// VitePress's VPDoc, loaded only for pages that show it (theme/lazy-doc-parts.ts; config/shared.ts points the layout here).
export { LazyDoc as default } from '../lazy-doc-parts.ts'
