// The parts of VitePress's layout that only document pages show: one chunk, which the home page never loads.
export { default as VPDoc } from '@vitepress-default-theme/components/VPDoc.vue'
export { default as VPLocalNav } from '@vitepress-default-theme/components/VPLocalNav.vue'
export { default as VPSidebar } from '@vitepress-default-theme/components/VPSidebar.vue'
