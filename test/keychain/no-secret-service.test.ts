import { spawnSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Fail closed: outside any D-Bus session there is no Secret Service, and the
// adapter must refuse with a message saying what to do — never fall back to
// another store, never echo the secret.
describe('KeychainSecretStore without a Secret Service', () => {
  it('refuses to save, with a plain message and no secret in it', () => {
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/sheetport-bus', DISPLAY: '' }
    const child = join(__dirname, 'fixtures/save-without-bus.ts')
    const result = spawnSync(process.execPath, ['--import', 'tsx', child, 'sk-should-never-be-stored-77'], { env, encoding: 'utf8' })
    expect(result.stdout).toContain('REFUSED SecretStoreUnavailableError')
    expect(result.stdout).toContain('Secret Service')
    expect(result.stdout).not.toContain('sk-should-never-be-stored-77')
  })

  it('makes adding a connection fail closed: a plain refusal, no settings file, no key anywhere', async () => {
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/sheetport-bus', DISPLAY: '' }
    const dataDir = await mkdtemp(join(tmpdir(), 'sheetport-no-bus-'))
    const child = join(__dirname, 'fixtures/add-connection-without-bus.ts')
    const result = spawnSync(process.execPath, ['--import', 'tsx', child, dataDir, 'sk-connection-never-stored-31'], { env, encoding: 'utf8' })
    expect(result.stdout).toContain('REFUSED connections.keychain-unavailable')
    expect(result.stdout).toContain('Secret Service')
    expect(result.stdout).toContain('FILES []')
    expect(result.stdout + result.stderr).not.toContain('sk-connection-never-stored-31')
  })
})
