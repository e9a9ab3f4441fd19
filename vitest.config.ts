// Unit and fixture tests (Node). Browser tests live in tests/e2e and run under Playwright.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/search/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/markdown/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    reporters: ['default'],
  },
})
