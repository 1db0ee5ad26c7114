import { execFileSync } from 'node:child_process'

/**
 * The CLI tests run the built CLI (out/cli/main.js), as users do: build it
 * once per test run when it is missing or older than its sources, rather
 * than in each test file at once. Fresh (as after `npm run build`) this is a
 * few stats.
 */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/cli-bundle.mjs'], { stdio: ['ignore', 'inherit', 'inherit'] })
}
