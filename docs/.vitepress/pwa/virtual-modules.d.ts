// Types of `virtual:pwa-register`, the registration module vite-plugin-pwa serves (used by theme/components/UpdatePrompt.vue).
/// <reference types="vite-plugin-pwa/client" />
