import { defineConfig } from 'vitest/config'

// The keychain adapter against a real Secret Service; started by test/keychain/run.sh.
export default defineConfig({
  test: {
    include: ['test/keychain/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    fileParallelism: false
  }
})
