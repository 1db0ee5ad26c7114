import { spawn, type ChildProcess } from 'node:child_process'
import { readFile, stat, utimes, writeFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { claimJob, jobRunnerElsewhere, lockPath } from '../../../src/core/journal'
import { stateDir } from '../upload/support/test-job'

describe('one runner per job', () => {
  let other: ChildProcess | undefined
  afterEach(() => {
    other?.kill('SIGKILL')
  })

  it('refuses a job another live process holds, and takes over one a crashed process left', async () => {
    const dir = await stateDir()
    other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' })
    const pid = other.pid ?? 0
    await writeFile(lockPath(dir, 'job-1'), String(pid))
    expect(await jobRunnerElsewhere(dir, 'job-1')).toBe(pid)
    expect(await claimJob(dir, 'job-1')).toBe(false)

    other.kill('SIGKILL')
    await new Promise((resolve) => other?.once('exit', resolve))
    expect(await jobRunnerElsewhere(dir, 'job-1')).toBeNull()
    const release = await claimJob(dir, 'job-1')
    expect(release).not.toBe(false)
    if (release !== false) await release()
    expect(await jobRunnerElsewhere(dir, 'job-1')).toBeNull()
  })

  it('lets this process claim a free job, and again after releasing it', async () => {
    const dir = await stateDir()
    const first = await claimJob(dir, 'job-2')
    expect(first).not.toBe(false)
    expect(await jobRunnerElsewhere(dir, 'job-2')).toBeNull() // our own lock is not "elsewhere"
    if (first !== false) await first()
    expect(await claimJob(dir, 'job-2')).not.toBe(false)
  })

  it('does not believe a lock whose runner stopped touching it, even when its pid now belongs to a live process (a reused pid)', async () => {
    const dir = await stateDir()
    other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' })
    const path = lockPath(dir, 'job-3')
    await writeFile(path, JSON.stringify({ pid: other.pid, nonce: 'crashed-runner' }))
    const longAgo = new Date(Date.now() - 10 * 60_000)
    await utimes(path, longAgo, longAgo)
    expect(await jobRunnerElsewhere(dir, 'job-3')).toBeNull()
    const release = await claimJob(dir, 'job-3')
    expect(release).not.toBe(false)
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ pid: process.pid })
    if (release !== false) await release()
  })

  it('keeps its own lock fresh while held, and releases only its own claim', async () => {
    const dir = await stateDir()
    const path = lockPath(dir, 'job-4')
    const release = await claimJob(dir, 'job-4', { heartbeatMs: 20 })
    expect(release).not.toBe(false)
    const longAgo = new Date(Date.now() - 10 * 60_000)
    await utimes(path, longAgo, longAgo)
    await new Promise((resolve) => setTimeout(resolve, 120))
    expect(Date.now() - (await stat(path)).mtimeMs).toBeLessThan(5_000)
    // Another process took the lock over meanwhile: releasing must not delete its claim.
    await writeFile(path, JSON.stringify({ pid: 1, nonce: 'someone-else' }))
    if (release !== false) await release()
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ nonce: 'someone-else' })
  })
})
