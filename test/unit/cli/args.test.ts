import { describe, expect, it } from 'vitest'
import { appDataDir, CLI_JOBS_FOLDER, defaultStateDir } from '../../../src/cli/app-data'
import { JOBS_FOLDER } from '../../../src/core/app/compose-core'
import { checkOptionsForTarget, parseCommand } from '../../../src/cli/args'
import { CliError } from '../../../src/cli/cli-error'

/** The refusal a command line gets, as its text key. */
function refusal(argv: string[]): string {
  try {
    parseCommand(argv)
  } catch (error) {
    if (error instanceof CliError) return `${error.exitCode}:${error.key}`
    throw error
  }
  return 'accepted'
}

describe('reading the command line', () => {
  it('reads an import with every option', () => {
    const command = parseCommand(['import', 'a.xlsx', '--target', 'customers:create', '--sheet', '고객', '--mapping', 'm.json', '--base-url', 'https://shop.example.com/', '--language', 'ko', '--report', 'out.CSV', '--dry-run', '--state-dir', '/tmp/s', '--json'])
    expect(command).toEqual({
      kind: 'import',
      options: {
        file: 'a.xlsx', target: 'customers:create', sheet: '고객', mappingPath: 'm.json', connection: { kind: 'base-url', url: 'https://shop.example.com' },
        language: 'ko', reportPath: 'out.CSV', dryRun: true, waitSeconds: null, stateDir: '/tmp/s', resume: null, json: true, jobId: null
      }
    })
  })

  it('defaults to the sandbox; --resume needs no target', () => {
    const command = parseCommand(['import', 'a.xlsx', '--resume', '20260101-000000-abcdef'])
    expect(command.kind === 'import' && command.options).toMatchObject({ target: null, connection: { kind: 'sandbox' }, resume: '20260101-000000-abcdef' })
    expect(parseCommand(['--help'])).toEqual({ kind: 'help' })
  })

  it('refuses every bad command line with a usage error (exit 2)', () => {
    expect(refusal([])).toBe('2:no-command')
    expect(refusal(['export', 'a.xlsx'])).toBe('2:unknown-command')
    expect(refusal(['import'])).toBe('2:no-file')
    expect(refusal(['import', 'a.xlsx', 'b.xlsx', '--target', 'products:create'])).toBe('2:extra-argument')
    expect(refusal(['import', 'a.xlsx'])).toBe('2:no-target')
    expect(refusal(['import', 'a.xlsx', '--target', 'orders:create'])).toBe('2:bad-target')
    expect(refusal(['import', 'a.xlsx', '--target', 'products:create', '--frobnicate'])).toBe('2:unknown-option')
    expect(refusal(['import', 'a.xlsx', '--target'])).toBe('2:option-needs-value')
    expect(refusal(['import', 'a.xlsx', '--target', 'products:create', '--json=yes'])).toBe('2:option-takes-no-value')
    expect(refusal(['import', 'a.xlsx', '--target', 'products:create', '--sandbox', '--base-url', 'https://a.example.com'])).toBe('2:connection-conflict')
    expect(refusal(['import', 'a.xlsx', '--target', 'products:create', '--base-url', 'http://api.example.com'])).toBe('2:bad-base-url')
    expect(refusal(['import', 'a.xlsx', '--target', 'products:create', '--base-url', 'https://user:pw@api.example.com'])).toBe('2:bad-base-url')
    expect(refusal(['import', 'a.xlsx', '--target', 'products:create', '--report', 'out.pdf'])).toBe('2:bad-report-extension')
    expect(refusal(['import', 'a.xlsx', '--target', 'intents:create', '--wait', 'soon'])).toBe('2:bad-wait')
    expect(refusal(['import', 'a.xlsx', '--target', 'intents:create', '--wait=-1'])).toBe('2:bad-wait')
    expect(refusal(['import', 'a.xlsx', '--target', 'customers:create', '--language', 'ko;rm'])).toBe('2:bad-language')
    expect(refusal(['import', 'a.xlsx', '--resume', '../../etc/passwd'])).toBe('2:bad-job-id')
    expect(refusal(['import', 'a.xlsx', '--target', 'products:create', '--ui-lang', 'jp'])).toBe('2:bad-ui-lang')
    expect(refusal(['import', 'a.xlsx', '--target', 'products:create', '--base-url', 'http://127.0.0.1:8080/x'])).toBe('accepted')
  })

  it('refuses options that do not apply to the target', () => {
    const options = (argv: string[]) => {
      const command = parseCommand(['import', 'a.xlsx', ...argv])
      if (command.kind !== 'import') throw new Error('not an import')
      return command.options
    }
    expect(() => checkOptionsForTarget(options(['--target', 'customers:create', '--wait', '5']), 'customers:create')).toThrow(expect.objectContaining({ key: 'wait-not-followed' }))
    // The service processes products after answering too: --wait follows them.
    expect(() => checkOptionsForTarget(options(['--target', 'products:update', '--wait', '5']), 'products:update')).not.toThrow()
    expect(() => checkOptionsForTarget(options(['--target', 'intents:create', '--language', 'ko']), 'intents:create')).toThrow(expect.objectContaining({ key: 'language-customers-only' }))
    expect(() => checkOptionsForTarget(options(['--target', 'intents:create', '--wait', '5']), 'intents:create')).not.toThrow()
  })
})

describe('where job records live by default', () => {
  it('is the desktop app’s data folder plus jobs, on every platform', () => {
    expect(defaultStateDir({}, 'linux', '/home/min')).toBe('/home/min/.config/Sheetport/jobs')
    expect(defaultStateDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/min')).toBe('/cfg/Sheetport/jobs')
    expect(defaultStateDir({}, 'darwin', '/Users/min')).toBe('/Users/min/Library/Application Support/Sheetport/jobs')
    // Job data (customer rows) stays out of the roaming profile on Windows.
    expect(defaultStateDir({ APPDATA: 'C:\\Users\\min\\AppData\\Roaming', LOCALAPPDATA: 'C:\\Users\\min\\AppData\\Local' }, 'win32', 'C:\\Users\\min')).toBe('C:\\Users\\min\\AppData\\Local\\Sheetport\\jobs')
    expect(defaultStateDir({}, 'win32', 'C:\\Users\\min')).toBe('C:\\Users\\min\\AppData\\Local\\Sheetport\\jobs')
    expect(appDataDir({ SHEETPORT_DATA_DIR: '/data' }, 'linux', '/home/min')).toBe('/data')
    expect(CLI_JOBS_FOLDER).toBe(JOBS_FOLDER)
  })
})
