import type { IpcMain } from 'electron'
import type { Handlers } from '../../core/app/handlers/types'
import { dispatch, type ErrorSink } from '../../core/app/dispatch'
import { CHANNEL_NAMES } from '../../shared/ipc/contract'
import type { SenderCheck } from './trusted-sender'

/**
 * The Electron transport: one ipcMain handler per contract channel. Each
 * refuses a sender that is not the app's own page, then lets `dispatch`
 * validate the argument and shape the answer.
 */
export function registerIpcHandlers(
  ipcMain: IpcMain,
  handlers: Handlers,
  isTrusted: SenderCheck,
  onUnexpected: ErrorSink
): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, request: unknown) => {
      if (!isTrusted(event.senderFrame)) {
        return { ok: false, code: 'forbidden-sender', message: 'This request did not come from Sheetport.' }
      }
      return dispatch(handlers, channel, request, onUnexpected)
    })
  }
}
