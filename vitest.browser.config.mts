import { defineConfig } from 'vitest/config'

// Browser end-to-end tests: the `npm run web` build driven in Debian's chromium.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    reporters: ['default']
  }
})
