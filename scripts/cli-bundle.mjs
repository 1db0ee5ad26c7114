// Builds the CLI bundle (out/cli) when it is missing or older than its sources.
// Used by `npm run cli` (scripts/run-cli.mjs) and the CLI tests; run directly,
// `node scripts/cli-bundle.mjs` does the same and prints nothing on stdout.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath, URL } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = join(ROOT, 'out', 'cli')
/** Written by vite.cli.config.mts after each build: when it started and every file it read. */
const INPUTS = join(OUT, 'build-inputs.json')

/** The reason the bundle must be (re)built, or null when it is up to date. */
function staleness() {
  if (!existsSync(join(OUT, 'main.js')) || !existsSync(INPUTS)) return 'not built yet'
  const { startedAt, inputs } = JSON.parse(readFileSync(INPUTS, 'utf8'))
  for (const input of inputs) {
    // A shipped copy has no sources at all: nothing to compare, the bundle is the program.
    const stat = statSync(join(ROOT, input), { throwIfNoEntry: false })
    if (stat === undefined) {
      if (existsSync(join(ROOT, 'src'))) return `${input} is gone`
      continue
    }
    if (stat.mtimeMs > startedAt) return `${input} changed`
  }
  return null
}

/** Vite's command-line entry, or null where only production dependencies are installed. */
function viteBin() {
  try {
    // Through its package.json: vite's exports map does not list the bin file.
    const manifest = createRequire(join(ROOT, 'package.json')).resolve('vite/package.json')
    return join(dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin.vite)
  } catch {
    return null
  }
}

/**
 * Builds into a private folder and swaps it in, so two runs starting at
 * once never see a half-written bundle. Vite's output goes to stderr: stdout
 * belongs to the CLI (--json).
 */
function build(vite) {
  const temp = join(ROOT, 'out', `.cli-${process.pid}`)
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.cli.config.mts', '--outDir', temp], { cwd: ROOT, stdio: ['ignore', 2, 2] })
  if (result.status !== 0) {
    rmSync(temp, { recursive: true, force: true })
    throw new Error(`building the CLI failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`)
  }
  rmSync(OUT, { recursive: true, force: true })
  try {
    renameSync(temp, OUT)
  } catch {
    // Another run swapped in its own, equally fresh bundle first.
    rmSync(temp, { recursive: true, force: true })
  }
}

/** Makes sure out/cli/main.js is built from the current sources and returns its path. */
export function ensureCliBundle() {
  const reason = staleness()
  if (reason !== null) {
    const vite = viteBin()
    if (vite === null) {
      if (!existsSync(join(OUT, 'main.js'))) throw new Error('the CLI is not built and cannot be: run `npm install`, then `npm run build`')
    } else {
      process.stderr.write(`Building the CLI (${reason})…\n`)
      build(vite)
    }
  }
  return join(OUT, 'main.js')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureCliBundle()
