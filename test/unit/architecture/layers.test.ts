import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The layering rules live in eslint.config.mjs; these cases prove they bite.
const eslint = new ESLint({ cwd: process.cwd() })

async function restrictedImportErrors(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').length
}

describe('layer rules', () => {
  it.each([
    ['src/core/x.ts', "import { app } from 'electron'\nexport const a = app"],
    ['src/core/x.ts', "import { secureWebPreferences } from '../main/window/web-preferences'\nexport const a = secureWebPreferences"],
    ['src/cli/x.ts', "import { app } from 'electron'\nexport const a = app"],
    ['src/shared/x.ts', "import { readFile } from 'node:fs'\nexport const a = readFile"],
    ['src/shared/x.ts', "import { dispatch } from '../core/app/dispatch'\nexport const a = dispatch"],
    ['src/renderer/src/x.ts', "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer"],
    ['src/renderer/src/x.ts', "import { dispatch } from '../../core/app/dispatch'\nexport const a = dispatch"],
    ['src/renderer/src/features/x.ts', 'export const a = window.api'],
    ['src/preload/x.ts', "import { dispatch } from '../core/app/dispatch'\nexport const a = dispatch"],
    ['bench/x.ts', "import { app } from 'electron'\nexport const a = app"],
    ['bench/renderer/x.ts', "import { api } from '../../src/renderer/src/api'\nexport const a = api"]
  ])('refuses %s: %s', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toBeGreaterThan(0)
  })

  it.each([
    ['src/main/x.ts', "import { app } from 'electron'\nexport const a = app"],
    ['src/core/x.ts', "import { readFile } from 'node:fs'\nexport const a = readFile"],
    ['src/renderer/src/api/x.ts', 'export const a = window.api'],
    ['bench/x.ts', "import { rendererFigure } from './renderer/renderer-figure'\nexport const a = rendererFigure"]
  ])('allows %s: %s', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toBe(0)
  })
})
