import { defineConfig } from 'vitest/config'

// Unit and integration tests: plain Node, electron always mocked, no browser.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/integration/cli/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default']
  }
})
