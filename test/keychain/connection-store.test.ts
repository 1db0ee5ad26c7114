import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConnectionStore } from '../../src/core/connections/connection-store'
import { PRACTICE_CREDENTIALS } from '../../src/core/practice/credentials'
import { KeychainSecretStore } from '../../src/main/adapters/keychain'

// The connection store over the real keychain adapter and a real Secret Service (see run.sh).
describe('ConnectionStore over the real keychain', () => {
  const serviceName = `Sheetport test ${randomUUID()}`
  const keychain = new KeychainSecretStore(serviceName)
  const practice = {
    baseUrls: { omnicommerce: 'http://127.0.0.1:9/o', occ: 'http://127.0.0.1:9/c', nclue: 'http://127.0.0.1:9/n' },
    credentials: { ...PRACTICE_CREDENTIALS }
  }

  it('saves a key to the keychain, reads it back for the engine, and deletes it with the connection', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'sheetport-keychain-')), 'connections.json')
    const store = new ConnectionStore({ file, secrets: keychain, practice })
    const keys = { accessKey: 'ncp-access-키체인-1', secretKey: `ncp-secret-${randomUUID()}` }
    const added = await store.add({ service: 'nclue', name: '키체인 연결', baseUrl: '', ...keys })
    const account = `connection:${added.id}`

    expect(JSON.parse((await keychain.get(account)) ?? '')).toEqual(keys)
    expect(await readFile(file, 'utf8')).not.toContain(keys.secretKey)
    const reopened = new ConnectionStore({ file, secrets: new KeychainSecretStore(serviceName), practice })
    await expect(reopened.resolveConnection(added.id)).resolves.toEqual({ summary: added, connection: { baseUrl: 'https://nclue.apigw.ntruss.com/api/v1', credentials: keys } })

    await reopened.remove(added.id)
    expect(await keychain.get(account)).toBeNull()
    await expect(reopened.resolveConnection(added.id)).rejects.toMatchObject({ code: 'connections.not-found' })
  })
})
