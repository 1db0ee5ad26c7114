'use strict'
/**
 * Loaded with `node --require` before the built main bundle: resolves
 * `electron` to the stub, can pretend to be another platform
 * (STUB_PLATFORM), and answers the test's commands over the fork channel.
 */
const Module = require('node:module')
const { join } = require('node:path')

const stubPath = join(__dirname, 'electron.cjs')
const keyringPath = join(__dirname, 'keyring.cjs')
const resolve = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  if (request === 'electron' || request === 'electron/main') return stubPath
  if (request === '@napi-rs/keyring') return keyringPath
  return resolve.call(this, request, ...rest)
}
// An installed app's resources folder (app-update.yml, package-type), for the updater.
if (process.env.STUB_RESOURCES) Object.defineProperty(process, 'resourcesPath', { value: process.env.STUB_RESOURCES })
if (process.env.STUB_PLATFORM) Object.defineProperty(process, 'platform', { value: process.env.STUB_PLATFORM })
require('./control.cjs')
