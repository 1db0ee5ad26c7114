import { mkdir, open, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'

/** Where a job's lock lives, beside its journal. */
export function lockPath(stateDir: string, jobId: string): string {
  return join(stateDir, `${jobId}.lock`)
}

/** Whether a process id belongs to a running process. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The process running a job right now, other than this one; null when the
 * job is free (no lock, or one left by a process that is gone — a crash).
 */
export async function jobRunnerElsewhere(stateDir: string, jobId: string): Promise<number | null> {
  const pid = Number.parseInt(await readFile(lockPath(stateDir, jobId), 'utf8').catch(() => ''), 10)
  return Number.isInteger(pid) && pid !== process.pid && alive(pid) ? pid : null
}

/**
 * Claims a job for this process, so the app and the CLI (or two app
 * windows) never run the same job at once and interleave its journal.
 * Resolves false when another live process holds it; a lock left by a
 * crashed process is taken over. Returns the function that releases it.
 */
export async function claimJob(stateDir: string, jobId: string): Promise<(() => Promise<void>) | false> {
  await mkdir(stateDir, { recursive: true, mode: 0o700 })
  const path = lockPath(stateDir, jobId)
  const fresh = await open(path, 'wx', 0o600).catch(() => null)
  if (fresh === null && (await jobRunnerElsewhere(stateDir, jobId)) !== null) return false
  const handle = fresh ?? (await open(path, 'w', 0o600))
  try {
    await handle.writeFile(String(process.pid))
  } finally {
    await handle.close()
  }
  return () => rm(path, { force: true })
}
