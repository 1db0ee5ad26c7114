import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Which file a parsing worker runs, and the Node flags it needs to run it. */
export interface WorkerScript {
  readonly path: string
  readonly execArgv: readonly string[]
}

const TYPESCRIPT = /\.[cm]?ts$/

/** This module's own path, in CommonJS (tsx, the Electron bundle) and in ESM (vitest) alike. */
function ownFile(): string {
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url)
}

/**
 * Next to this module: worker-entry.ts when running from source; when
 * compiled, worker-entry.js, or sheet-worker.js (the name the Electron build
 * gives the bundled worker).
 */
function defaultScriptPath(): string {
  const file = ownFile()
  const dir = dirname(file)
  if (TYPESCRIPT.test(file)) return join(dir, 'worker-entry.ts')
  const compiled = join(dir, 'worker-entry.js')
  return existsSync(compiled) ? compiled : join(dir, 'sheet-worker.js')
}

/**
 * Resolves the worker script and its flags. A TypeScript worker is loaded
 * through tsx's CommonJS hook with `--require`: on Node 20, `--import tsx` in
 * a worker's execArgv does not take effect for the worker's own entry file
 * (it fails with ERR_UNKNOWN_FILE_EXTENSION), while `--require` does. tsx is
 * resolved to an absolute path so the working directory does not matter.
 */
export function resolveWorkerScript(explicitPath?: string): WorkerScript {
  const path = explicitPath ?? defaultScriptPath()
  if (!TYPESCRIPT.test(path)) return { path, execArgv: [] }
  const tsx = createRequire(ownFile()).resolve('tsx/cjs')
  return { path, execArgv: ['--require', tsx] }
}
