import { spawn, type ChildProcess } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import type { PracticeServer } from '../../../src/core/practice/server'
import type { PracticeService } from '../../../src/core/practice/types'

/** The repository root: the CLI runs from here, as `npm run cli` does. */
export const REPO = fileURLToPath(new URL('../../..', import.meta.url))

/** The built CLI inside a project folder (the checkout, or a copy with production dependencies only). */
export const CLI_ENTRY = join('out', 'cli', 'main.js')

/** How one run of the CLI ended. */
export interface CliRun {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** A CLI child process while it runs. */
export interface RunningCli {
  readonly child: ChildProcess
  readonly done: Promise<CliRun>
  /** What it has written to stderr so far. */
  stderr(): string
}

/**
 * Starts the real, built CLI as a child process (node out/cli/main.js, which
 * the tests' global setup builds), with a clean environment: English, no
 * keys unless given, no inherited locale, and the app's data folder in a
 * temporary place. `root` is the project folder it runs in.
 */
export function startCli(args: readonly string[], env: Readonly<Record<string, string>> = {}, root: string = REPO): RunningCli {
  const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', HOME: tmpdir(), LANG: 'C.UTF-8', SHEETPORT_DATA_DIR: join(tmpdir(), 'sheetport-cli-no-data'), ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const done = new Promise<CliRun>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
  return { child, done, stderr: () => stderr }
}

/** Runs the CLI to its end. */
export function runCli(args: readonly string[], env: Readonly<Record<string, string>> = {}, root: string = REPO): Promise<CliRun> {
  return startCli(args, env, root).done
}

/** The environment a real run would have: the keys, here the emulator's practice keys. */
export function keysFor(server: PracticeServer, options: { occAdmin?: boolean } = {}): Record<string, string> {
  const c = server.credentials
  return {
    OMNICOMMERCE_API_KEY: c.omnicommerceApiKey,
    NCP_ACCESS_KEY: c.nclueAccessKey,
    NCP_SECRET_KEY: c.nclueSecretKey,
    ...(options.occAdmin === true ? { OCC_APP_KEY: c.occAppKey } : {})
  }
}

/** The --json line's keys, in the documented order. */
export const JSON_KEYS = ['job', 'total', 'invalid', 'sent', 'accepted', 'failed', 'pending', 'unknown', 'requests', 'durationMs'] as const

/** The --json result. */
export type JsonLine = { readonly job: string | null } & Readonly<Record<Exclude<(typeof JSON_KEYS)[number], 'job'>, number>>

/**
 * The one line of --json on stdout (asserting there is nothing else). For a
 * job that ran to its end, checks that the counts add up to its total; a
 * stopped job or a dry run also has rows it never sent, which the
 * documented keys do not count (`partial: true`).
 */
export function jsonLine(run: CliRun, options: { partial?: boolean } = {}): JsonLine {
  const lines = run.stdout.split('\n').filter((l) => l.trim() !== '')
  expect(lines, `stdout: ${run.stdout}\nstderr: ${run.stderr}`).toHaveLength(1)
  const value = JSON.parse(lines[0] ?? '') as JsonLine
  expect(Object.keys(value)).toEqual([...JSON_KEYS])
  const settled = value.invalid + value.accepted + value.failed + value.pending + value.unknown
  if (options.partial === true) expect(settled).toBeLessThanOrEqual(value.total)
  else expect(settled, 'every row ends in exactly one state').toBe(value.total)
  return value
}

/** A refusal: exit 2, one line on stderr, nothing on stdout, no stack trace. */
export function expectRefusal(run: CliRun, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(2)
  expect(run.stdout).toBe('')
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '')
  expect(lines, run.stderr).toHaveLength(1)
  expect(run.stderr).not.toMatch(/^\s+at |Error:|node:internal/m)
  expect(lines[0]).toMatch(pattern)
}

/**
 * The most requests the emulator saw for a service in any sliding second:
 * every request that arrived, or (`acceptedOnly`) those it did not refuse
 * with 429.
 */
export function busiestSecond(server: PracticeServer, service: PracticeService, acceptedOnly = false): number {
  return server.state.maxInWindow(service, 1000, (e) => !acceptedOnly || e.status !== 429)
}

/** Waits until `check` holds (polling), or fails after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}
