'use strict'
/**
 * The test's remote control over the stubbed app: each message
 * { id, cmd, ... } is answered with { id, ok, value } or { id, ok: false, error }.
 */
const { __stub: stub, app } = require('./electron.cjs')

function frame(url, child) {
  return { url, parent: child ? { url } : null, routingId: 1, processId: 1 }
}

async function readBody(response) {
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { length: bytes.length, text: Buffer.from(bytes.subarray(0, 4096)).toString('utf8') }
}

const commands = {
  ready: () => stub.markReady(),
  state: () => stub.record,
  /** Files loaded so far whose path contains this text (e.g. whether electron-updater was required). */
  loaded: ({ pattern }) => Object.keys(require.cache).filter((path) => path.includes(pattern)),
  answerDialogs: ({ responses }) => { stub.dialogAnswers.push(...responses) },
  invoke: async ({ channel, frameUrl, arg, child }) => {
    const handler = stub.handlerFns.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    return handler({ senderFrame: frame(frameUrl, child), sender: stub.windows[0]?.webContents }, arg)
  },
  protocol: async ({ scheme, url }) => {
    const handler = stub.protocolFns.get(scheme)
    if (!handler) throw new Error(`no protocol handler for ${scheme}`)
    const response = await handler(new Request(url))
    return { status: response.status, type: response.headers.get('content-type'), ...(await readBody(response)) }
  },
  emitApp: ({ event, args = [] }) => {
    const e = stub.preventable()
    app.emit(event, e, ...args)
    return { prevented: e.defaultPrevented }
  },
  emitWindow: ({ index = 0, event, args = [] }) => {
    const e = stub.preventable()
    stub.windows[index].emit(event, e, ...args)
    return { prevented: e.defaultPrevented }
  },
  emitContents: ({ index = 0, event, args = [] }) => {
    const e = stub.preventable()
    stub.windows[index].webContents.emit(event, e, ...args)
    return { prevented: e.defaultPrevented }
  },
  windowOpen: ({ index = 0, url }) => stub.windows[index].webContents.windowOpenHandler?.({ url }),
  // Answered first, then done: either may end the process.
  closeWindow: ({ index = 0 }) => { setImmediate(() => stub.windows[index].close()) },
  quit: () => { setImmediate(() => app.quit()) },
  menuClick: ({ path }) => {
    let items = stub.lastMenuRaw
    let item
    for (const label of path) {
      item = (items ?? []).find((i) => i.label === label || i.role === label)
      if (!item) throw new Error(`no menu item ${label}`)
      items = item.submenu
    }
    item.click?.()
  }
}

process.on('message', async (message) => {
  if (!message || typeof message.cmd !== 'string') return
  try {
    const command = commands[message.cmd]
    if (!command) throw new Error(`unknown command ${message.cmd}`)
    const value = await command(message)
    process.send({ id: message.id, ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) })
  } catch (error) {
    process.send({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) })
  }
})
