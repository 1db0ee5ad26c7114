// `npm run cli`: the built CLI, built first when missing or stale (a fresh
// clone, an edited source), so the command works right after `npm install`.
// It runs in this very process rather than a child: Ctrl-C, exit codes and
// stdout reach it exactly as they would reach `node out/cli/main.js`.
import { createRequire } from 'node:module'
import process from 'node:process'
import { ensureCliBundle } from './cli-bundle.mjs'

let main
try {
  main = ensureCliBundle()
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(2)
}
// The bundle reads its arguments from process.argv.slice(2), which are this script's.
createRequire(import.meta.url)(main)
