import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The CLI's one exception to the layer rules (eslint.config.mjs): only saved-connection.ts may reach into src/main, and only for the keychain adapter.
const eslint = new ESLint({ cwd: process.cwd() })

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length
}

const keychain = "import { KeychainSecretStore } from '../main/adapters/keychain'\nexport const a = KeychainSecretStore"

describe('the CLI and src/main', () => {
  it('lets saved-connection.ts use the keychain adapter', async () => {
    expect(await restrictedImports('src/cli/saved-connection.ts', keychain)).toBe(0)
  })

  it('refuses anything else from src/main, electron, and the keychain adapter in any other CLI file', async () => {
    expect(await restrictedImports('src/cli/saved-connection.ts', "import { x } from '../main/index'\nexport const a = x")).toBeGreaterThan(0)
    expect(await restrictedImports('src/cli/saved-connection.ts', "import { app } from 'electron'\nexport const a = app")).toBeGreaterThan(0)
    expect(await restrictedImports('src/cli/connection.ts', keychain)).toBeGreaterThan(0)
  })
})
