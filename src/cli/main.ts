/**
 * The command line's entry point (out/cli/main.js, the `sheetport` bin,
 * `npm run cli`): runs the arguments and exits with the run's code.
 */
import { runCliProcess } from './cli-process'

void runCliProcess(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr }).then((code) => process.exit(code))
