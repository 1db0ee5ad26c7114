import type { ChannelName, RequestOf, ResponseOf } from '../../../shared/ipc/contract'

/**
 * The app's behaviour behind the contract: one function per channel. Both
 * transports (Electron IPC and the web bridge) call the same handlers, and
 * tests can call them directly.
 */
export type Handlers = {
  readonly [C in ChannelName]: (request: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>
}
