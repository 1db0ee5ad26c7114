import { randomBytes } from 'node:crypto'

/**
 * A new job id: readable and sortable by start time (it names the journal
 * file and appears in the CLI's output), with a random tail so two jobs
 * started in the same second never collide.
 */
export function newJobId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  return `${stamp}-${randomBytes(3).toString('hex')}`
}

/** Job ids as newJobId makes them (and as the CLI's --resume accepts): safe as a file name. */
export const JOB_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/
