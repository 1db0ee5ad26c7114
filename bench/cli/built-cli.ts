import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/** The repository root, where the CLI's sources, scripts and out/ are. */
export const REPO_ROOT = join(__dirname, '..', '..')

/**
 * Makes sure out/cli/main.js is built from the current sources and returns
 * its path: scripts/cli-bundle.mjs, as `npm run cli` and the CLI tests use
 * it, rebuilds when the bundle is missing or older than any file it was
 * built from (and prints nothing on stdout).
 */
export function ensureBuiltCli(): string {
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'cli-bundle.mjs')], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] })
  return join(REPO_ROOT, 'out', 'cli', 'main.js')
}
