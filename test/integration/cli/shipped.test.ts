import { spawnSync } from 'node:child_process'
import { cp, mkdir, readdir, rm, symlink, utimes } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { PRODUCT_HEADERS, productRows, tempDir, writeWorkbook } from './fixtures'
import { CLI_ENTRY, jsonLine, REPO, runCli } from './support'

/*
 * The CLI as shipped: the bundle alone with production dependencies, and
 * `npm run cli` on a checkout that was never built.
 */

/** A temporary folder removed after the test: these hold a whole install or checkout. */
async function scratch(): Promise<string> {
  const dir = await tempDir()
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  return dir
}

/** npm as the test runner was started with (its own script when run through npm), else from PATH. */
function npm(args: readonly string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const viaNode = process.env['npm_execpath']?.endsWith('.js') === true
  const [command, prefix] = viaNode ? [process.execPath, [process.env['npm_execpath'] ?? '']] : ['npm', []]
  const result = spawnSync(command, [...prefix, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' }, shell: !viaNode && process.platform === 'win32' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the built CLI', () => {
  it('runs with production dependencies only: no src/, no tsx, no vite', async () => {
    const dir = await scratch()
    const app = join(dir, 'app')
    await mkdir(join(app, 'out'), { recursive: true })
    for (const file of ['package.json', 'package-lock.json']) await cp(join(REPO, file), join(app, file))
    await cp(join(REPO, 'out', 'cli'), join(app, 'out', 'cli'), { recursive: true })
    // From the npm cache when it can: about 2-3 s here.
    const install = npm(['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], app)
    expect(install.status, install.stderr).toBe(0)
    for (const absent of ['src', 'node_modules/tsx', 'node_modules/vite', 'node_modules/typescript']) expect(existsSync(join(app, absent)), absent).toBe(false)
    expect(existsSync(join(app, 'node_modules', 'xlsx')), 'the production dependencies are there').toBe(true)

    const help = await runCli(['--help'], {}, app)
    expect(help.code, help.stderr).toBe(0)
    expect(help.stdout).toMatch(/^Usage: /)

    const file = await writeWorkbook(join(dir, 'products.xlsx'), { 상품: [[...PRODUCT_HEADERS], ...productRows(30)] })
    const run = await runCli(['import', file, '--target', 'products:create', '--sandbox', '--json', '--wait', '20', '--state-dir', join(dir, 'jobs')], {}, app)
    expect(run.code, run.stderr).toBe(0)
    expect(jsonLine(run)).toMatchObject({ total: 30, invalid: 0, sent: 30, accepted: 30, failed: 0, unknown: 0 })
  }, 120_000)
})

describe('npm run cli', () => {
  it('builds a missing or stale bundle first, with only the CLI’s own output on stdout, and passes the exit code through', async () => {
    // A checkout of its own (sharing node_modules), so the bundle the other tests run is never rebuilt under them.
    const checkout = join(await scratch(), 'checkout')
    await mkdir(checkout)
    // The tsconfig files too: the build's TypeScript transform follows their references.
    const tsconfigs = (await readdir(REPO)).filter((name) => /^tsconfig.*\.json$/.test(name))
    for (const entry of ['src', 'scripts', 'package.json', 'package-lock.json', 'vite.cli.config.mts', ...tsconfigs]) {
      await cp(join(REPO, entry), join(checkout, entry), { recursive: true })
    }
    await symlink(join(REPO, 'node_modules'), join(checkout, 'node_modules'), 'dir')
    const cli = (...args: string[]) => npm(['run', '--silent', 'cli', '--', ...args], checkout)

    const fresh = cli('--help')
    expect(fresh.status, fresh.stderr).toBe(0)
    expect(fresh.stderr).toContain('Building the CLI (not built yet)')
    expect(fresh.stdout).toMatch(/^Usage: /)
    expect(existsSync(join(checkout, CLI_ENTRY))).toBe(true)

    const warm = cli('--help')
    expect(warm.stderr).toBe('')
    expect(warm.stdout).toBe(fresh.stdout)

    const later = new Date(Date.now() + 60_000)
    await utimes(join(checkout, 'src', 'cli', 'args.ts'), later, later)
    const refused = cli('import', 'missing.xlsx', '--target', 'products:create')
    expect(refused.stderr).toContain('Building the CLI (src/cli/args.ts changed)')
    expect(refused.status, 'the CLI’s own exit code').toBe(2)
    expect(refused.stdout).toBe('')
  }, 120_000)
})
