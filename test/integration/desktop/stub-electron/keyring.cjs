'use strict'
/**
 * A memory stand-in for @napi-rs/keyring inside the stubbed app: the real
 * one loads the current system's native binary, which a test pretending to
 * be Windows or macOS cannot. Records which keychain service each entry used.
 */
const entries = new Map()
const services = new Set()

class AsyncEntry {
  constructor(service, account) {
    this.key = `${service}\u0000${account}`
    services.add(service)
  }
  async getPassword() { return entries.get(this.key) ?? null }
  async setPassword(secret) { entries.set(this.key, secret) }
  async deleteCredential() { return entries.delete(this.key) }
}

module.exports = { AsyncEntry, Entry: AsyncEntry, __services: services }
