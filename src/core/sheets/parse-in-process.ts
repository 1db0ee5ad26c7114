import { HEAP_GROWTH_FLAG } from '../memory/heap-growth'
import type { ParseRequest } from './parse-job'
import { superviseParse, type RunningParse } from './parse-supervisor'
import type { WorkerScript } from './worker-script'

/** The few things a parser process must do (Electron's UtilityProcess has them; so does a test double). */
export interface ParserProcess {
  postMessage(message: unknown): void
  kill(): unknown
  on(event: 'message', listener: (message: unknown) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
}

/** Starts the parse script as its own process, with these V8 flags. */
export type SpawnParserProcess = (scriptPath: string, execArgv: readonly string[]) => ParserProcess

/** A process that ended with this code threw (a plain JavaScript error); V8 dying of memory aborts instead. */
const THREW = 1

/**
 * Runs each parse in a fresh process of its own (Electron's utilityProcess in
 * the desktop app): it gets its own V8 heap and 4 GB pointer-compression cage,
 * so a huge or hostile file can exhaust only that process, which then simply
 * ends — the app, its window and its uploads go on, and the person reads a
 * "too big" message. The table's rows come back in batches as they are read,
 * so the main process ends up with the only copy and the parser never holds it whole.
 */
export function parseInProcess(spawn: SpawnParserProcess): (req: ParseRequest, script: WorkerScript) => RunningParse {
  return (req, script) =>
    superviseParse(req, (events) => {
      const child = spawn(script.path, [`--max-old-space-size=${req.limits.maxOldGenerationSizeMb}`, HEAP_GROWTH_FLAG, ...script.execArgv])
      let ended = false
      child.on('message', events.message)
      child.on('exit', (code) => {
        ended = true
        if (code === THREW || code === 0) events.died('internal', `the reader process ended with code ${code}`)
        else events.died('out-of-memory')
      })
      child.postMessage(req)
      return () => {
        if (!ended) child.kill()
      }
    })
}
