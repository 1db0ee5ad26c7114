import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildApi } from '../shared/ipc/api'

// The bridge: one method per contract channel and one subscriber per event,
// exposed as window.api. ipcRenderer itself never reaches the page, and
// listeners receive only the payload, never the IPC event (which would
// hand the page a reference to ipcRenderer).
const api = buildApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (event, listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(event, forward)
    return () => {
      ipcRenderer.removeListener(event, forward)
    }
  }
)

contextBridge.exposeInMainWorld('api', api)
