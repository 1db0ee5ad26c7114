import { fork, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { PracticeEndpoints } from '../../src/core/connections/practice-connections'
import type { Faults, PracticeOptions, PracticeService, RequestLogEntry } from '../../src/core/practice/types'
import type { EmulatorCommand, EmulatorReply } from './emulator-protocol'

const TSX_HOOK = createRequire(__filename).resolve('tsx/cjs')

/** A practice emulator running in its own process, driven over IPC. */
export interface BenchEmulator extends PracticeEndpoints {
  setFaults(service: PracticeService, faults: Faults): Promise<void>
  setLimit(service: PracticeService, rps: number | null): Promise<void>
  /** Every request the emulator saw for the service, oldest first, stamped by its own clock. */
  requests(service: PracticeService): Promise<RequestLogEntry[]>
  close(): Promise<void>
}

type Distributive<T> = T extends unknown ? Omit<T, 'id'> : never

/**
 * Starts the emulator in a process of its own, as the real services run on
 * machines of their own: the sender's busy moments (preparing rows,
 * building a batch's JSON, collecting garbage) then never hold the
 * service's clock, which in one process would stamp a request late and
 * make the next window look early. The options must be plain data.
 */
export function startEmulatorProcess(options: PracticeOptions = {}): Promise<BenchEmulator> {
  const child: ChildProcess = fork(join(__dirname, 'emulator-child.ts'), [JSON.stringify(options)], { execArgv: ['--require', TSX_HOOK], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const waiting = new Map<number, (result: unknown) => void>()
  let next = 0
  const ask = <T>(command: Distributive<EmulatorCommand> | { op: 'close' }): Promise<T> =>
    new Promise<T>((resolve) => {
      const id = ++next
      waiting.set(id, (result) => resolve(result as T))
      child.send({ ...command, id })
    })
  return new Promise<BenchEmulator>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`The emulator process exited with code ${String(code)}.`)))
    child.on('message', (message: EmulatorReply | { ready: PracticeEndpoints }) => {
      if ('ready' in message) {
        resolve({
          ...message.ready,
          setFaults: (service, faults) => ask({ op: 'set-faults', service, faults }),
          setLimit: (service, rps) => ask({ op: 'set-limit', service, rps }),
          requests: (service) => ask({ op: 'requests', service }),
          close: async () => {
            if (child.exitCode === null) await ask({ op: 'close' })
          }
        })
        return
      }
      waiting.get(message.id)?.(message.result)
      waiting.delete(message.id)
    })
  })
}
