/**
 * The practice emulator in a process of its own, for emulator-process.ts:
 * `emulator-child.ts '<PracticeOptions as JSON>'`. Announces its endpoints,
 * then answers the parent's commands (faults, limits, the request log, close).
 */
import { startPracticeServer, type PracticeServer } from '../../src/core/practice/server'
import type { EmulatorCommand, EmulatorReply } from './emulator-protocol'

function run(server: PracticeServer, command: EmulatorCommand): unknown {
  switch (command.op) {
    case 'set-faults':
      return server.setFaults(command.service, command.faults)
    case 'set-limit':
      return server.setLimit(command.service, command.rps)
    case 'requests':
      return server.state.requests(command.service)
  }
}

startPracticeServer(JSON.parse(process.argv[2] ?? '{}')).then(
  (server) => {
    process.on('message', (message: EmulatorCommand | { op: 'close'; id: number }) => {
      if (message.op === 'close') {
        void server.close().then(() => process.send?.({ id: message.id, result: null } satisfies EmulatorReply, () => process.exit(0)))
        return
      }
      process.send?.({ id: message.id, result: run(server, message) ?? null } satisfies EmulatorReply)
    })
    process.send?.({ ready: { baseUrls: server.baseUrls, credentials: server.credentials } })
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`)
    process.exit(1)
  }
)
