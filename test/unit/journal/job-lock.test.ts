import { spawn, type ChildProcess } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
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
})
