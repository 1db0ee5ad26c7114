import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { composeCore, type Core, type CoreOptions } from '../../../src/core/app/compose-core'
import { MemorySecretStore } from '../../../src/core/secrets/memory-secret-store'

/** A fully composed core with its own fresh data folder, as both shells build it; `options` adds what a shell would pass (e.g. an updater). */
export async function createTestCore(options: Pick<CoreOptions, 'updates' | 'practice'> = {}): Promise<Core & { dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sheetport-test-'))
  const core = await composeCore({
    dataDir,
    systemLanguage: 'ko',
    info: { name: 'Sheetport', version: '0.0.0-test', shell: 'web', platform: 'linux' },
    secretStore: new MemorySecretStore(),
    ...options
  })
  return { ...core, dataDir }
}
