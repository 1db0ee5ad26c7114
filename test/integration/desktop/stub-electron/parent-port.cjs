'use strict'
/**
 * Inside a process that the stub's utilityProcess.fork started: Electron's
 * process.parentPort, over Node's fork channel (messages arrive as
 * { data }, as they do in Electron).
 */
const { EventEmitter } = require('node:events')

const port = new EventEmitter()
port.postMessage = (message) => process.send(message)
process.on('message', (message) => port.emit('message', { data: message, ports: [] }))
process.parentPort = port
