import { fork } from 'node:child_process'
import { createRequire } from 'node:module'

/** tsx's CommonJS hook, by absolute path, so a child runs TypeScript whatever the working directory. */
const TSX_HOOK = createRequire(__filename).resolve('tsx/cjs')

/**
 * Runs a TypeScript script in a child Node process and resolves with the
 * one message it sends back. A fresh process per measurement is what makes
 * its RSS high-water mark mean something (it can't be reset in-process).
 */
export function runChild<T>(script: string, args: readonly string[], options: { readonly timeoutMs?: number } = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const child = fork(script, [...args], { execArgv: ['--require', TSX_HOOK], stdio: ['ignore', 'inherit', 'pipe', 'ipc'] })
    // A baseline that grinds on for many minutes (SheetJS near its heap limit) is stopped: its result is that it gave up.
    let timedOut = false
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, options.timeoutMs)
    let answer: { value: T } | undefined
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.once('message', (message) => {
      answer = { value: message as T }
    })
    child.once('error', reject)
    child.once('exit', (code) => {
      clearTimeout(timer)
      if (timedOut) reject(new Error(`${script} ${args.join(' ')} timed out after ${Math.round((options.timeoutMs ?? 0) / 1000)} s.`))
      else if (answer !== undefined) resolve(answer.value)
      else reject(new Error(`${script} ${args.join(' ')} exited with code ${code ?? 'null'} without an answer.\n${stderr}`))
    })
  })
}
