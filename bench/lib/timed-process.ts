import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'

/** How one child process ran: wall-clock time from spawn to exit, and what it printed on stdout. */
export interface TimedProcess {
  readonly wallMs: number
  readonly stdout: string
}

/**
 * Runs a command as a child process and times it as a person at the
 * terminal would: from spawn() to the process's exit, start-up and
 * shutdown included. Rejects, with its stderr, when it exits other than 0.
 */
export function timeProcess(command: string, args: readonly string[], cwd: string): Promise<TimedProcess> {
  return new Promise<TimedProcess>((resolve, reject) => {
    const startedAt = performance.now()
    const child = spawn(command, [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let exitedAt = Number.NaN
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.once('exit', () => {
      exitedAt = performance.now()
    })
    child.once('error', reject)
    // 'close' comes after 'exit', once the pipes are drained: the output is complete, the clock stopped at the exit.
    child.once('close', (code, signal) => {
      if (code === 0) resolve({ wallMs: exitedAt - startedAt, stdout })
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal ?? 'null'}.\n${stderr}`))
    })
  })
}
