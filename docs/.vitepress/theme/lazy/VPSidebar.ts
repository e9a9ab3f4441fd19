// VitePress's VPSidebar, loaded only for pages that show it (theme/lazy-doc-parts.ts; config/shared.ts points the layout here).
export { LazySidebar as default } from '../lazy-doc-parts.ts'
