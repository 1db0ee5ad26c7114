import { randomUUID } from 'node:crypto'
import { mkdir, open, readFile, rm, stat, utimes } from 'node:fs/promises'
import { join } from 'node:path'

/** Where a job's lock lives, beside its journal. */
export function lockPath(stateDir: string, jobId: string): string {
  return join(stateDir, `${jobId}.lock`)
}

/** How a lock stays believable: its runner touches it this often… */
export const LOCK_HEARTBEAT_MS = 5_000
/** …and a lock untouched for this long is stale, whatever its pid says. */
export const LOCK_STALE_AFTER_MS = 60_000

/** Whether a process id belongs to a running process. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** What a lock file says: the runner's pid and, for locks written since heartbeats, a nonce. */
function parseLock(text: string): { pid: number; nonce: string | null } | null {
  try {
    const parsed = JSON.parse(text) as { pid?: unknown; nonce?: unknown }
    if (typeof parsed === 'number') return Number.isInteger(parsed) ? { pid: parsed, nonce: null } : null
    if (typeof parsed.pid === 'number' && Number.isInteger(parsed.pid)) return { pid: parsed.pid, nonce: typeof parsed.nonce === 'string' ? parsed.nonce : null }
  } catch {
    // An older lock holds only the pid as text.
  }
  const pid = Number.parseInt(text, 10)
  return Number.isInteger(pid) ? { pid, nonce: null } : null
}

/** Options for tests: a clock and the staleness window. */
export interface LockTiming {
  readonly now?: () => number
  readonly staleAfterMs?: number
  readonly heartbeatMs?: number
}

/**
 * The process running a job right now, other than this one; null when the
 * job is free. A lock is only believed while its pid is alive AND its runner
 * keeps touching it: after a crash, Windows (and, rarely, other systems)
 * can give the dead runner's pid to an unrelated process, which would
 * otherwise keep the job "running elsewhere" for ever.
 */
export async function jobRunnerElsewhere(stateDir: string, jobId: string, timing: LockTiming = {}): Promise<number | null> {
  const path = lockPath(stateDir, jobId)
  const [text, info] = await Promise.all([readFile(path, 'utf8').catch(() => ''), stat(path).catch(() => null)])
  const lock = parseLock(text)
  if (lock === null || info === null || lock.pid === process.pid) return null
  const fresh = (timing.now ?? Date.now)() - info.mtimeMs < (timing.staleAfterMs ?? LOCK_STALE_AFTER_MS)
  return fresh && alive(lock.pid) ? lock.pid : null
}

/**
 * Claims a job for this process, so the app and the CLI (or two app
 * windows) never run the same job at once and interleave its journal.
 * Resolves false when another live process holds it; a lock left by a
 * crashed process, or gone stale, is taken over. While held, the lock is
 * touched every few seconds. Returns the function that releases it, which
 * removes the file only while it is still this claim's own.
 */
export async function claimJob(stateDir: string, jobId: string, timing: LockTiming = {}): Promise<(() => Promise<void>) | false> {
  await mkdir(stateDir, { recursive: true, mode: 0o700 })
  const path = lockPath(stateDir, jobId)
  const fresh = await open(path, 'wx', 0o600).catch(() => null)
  if (fresh === null && (await jobRunnerElsewhere(stateDir, jobId, timing)) !== null) return false
  const nonce = randomUUID()
  const handle = fresh ?? (await open(path, 'w', 0o600))
  try {
    await handle.writeFile(JSON.stringify({ pid: process.pid, nonce, claimedAt: new Date().toISOString() }))
  } finally {
    await handle.close()
  }
  const heartbeat = setInterval(() => {
    const now = new Date()
    utimes(path, now, now).catch(() => {})
  }, timing.heartbeatMs ?? LOCK_HEARTBEAT_MS)
  heartbeat.unref()
  return async () => {
    clearInterval(heartbeat)
    const current = parseLock(await readFile(path, 'utf8').catch(() => ''))
    if (current?.nonce === nonce) await rm(path, { force: true })
  }
}
