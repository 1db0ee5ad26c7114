import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Builds the app (`npx electron-vite build`, as `npm test` does before the
 * browser tests) so the renderer measured is the one in the working tree.
 */
export async function buildRenderer(): Promise<void> {
  await run('npx', ['electron-vite', 'build'], { maxBuffer: 64 * 1024 * 1024 })
}
