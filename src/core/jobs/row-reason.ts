import type { JobRowState, RowReason } from '../../shared/jobs'
import { reasonForCode } from '../targets'
import type { RowRecord } from '../upload'
import type { RowCheck } from '../validation'

/** Why an invalid row was not sent: its first error, worded for shop staff. */
export function invalidReason(check: RowCheck | undefined): RowReason | null {
  const issue = check?.issues.find((i) => i.severity === 'error')
  return issue === undefined ? null : { code: `invalid:${issue.code}`, message: issue.message }
}

function noteOf(code: string): RowReason {
  const reason = reasonForCode(code)
  return { code: reason.code, message: reason.message }
}

/**
 * A sent (or stopped) row's reason in plain words (for an accepted row, its note); null when it went
 * through or is simply waiting its turn in a job that is still running.
 */
export function outcomeReason(record: Pick<RowRecord, 'state' | 'reasonCode' | 'message'>, jobEnded: boolean): RowReason | null {
  const fallback: Partial<Record<JobRowState, string>> = { unknown: 'outcome-unknown', queued: 'not-sent', 'in-flight': 'outcome-unknown' }
  // An accepted row's note, when the service's answer has one worth knowing (the account was there already).
  if (record.state === 'accepted') return record.reasonCode === undefined ? null : noteOf(record.reasonCode)
  if (record.state === 'pending') return null
  if (!jobEnded && (record.state === 'queued' || record.state === 'in-flight')) return null
  const code = record.reasonCode ?? fallback[record.state]
  if (code === undefined) return null
  const reason = reasonForCode(code, record.message)
  return { code: reason.code, message: reason.message }
}
