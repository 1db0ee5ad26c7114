import type { NCLUE_STATUSES } from './assumptions'

/** A profile's job status, normalised (`complete` is read as `completed`). */
export type NclueStatus = (typeof NCLUE_STATUSES)[number]

/** What a spreadsheet row asks for: a profile name and the task to apply (§1.7). */
export interface IntentInput {
  readonly name: string
  readonly task_id: string
}

/** The create answer (§1.7). */
export interface CreatedIntent {
  readonly profile_id: string
  readonly profile_name: string
  readonly task_id: string | undefined
  readonly task_name: string | undefined
  readonly created_at: string | undefined
}

/** A shopping-intent profile as the get and list endpoints describe it (§1.7). */
export interface IntentProfile extends CreatedIntent {
  readonly status: NclueStatus
  readonly completed_at: string | undefined
  readonly line_count: number | undefined
  readonly disk_usage: number | undefined
  readonly fail_message: string | undefined
}

/** One page of the profile list. */
export interface ProfilePage {
  readonly index: number
  readonly limit: number
  readonly total: number
  readonly profiles: readonly IntentProfile[]
}

/** A task model a profile can be built against (§1.8). */
export interface NclueTask {
  readonly task_id: string
  readonly task_name: string
  readonly status?: NclueStatus
}

/** Where a tracked profile stands; `not-found` when the list no longer (or never) had it. */
export interface TrackedStatus {
  readonly status: NclueStatus | 'not-found'
  readonly fail_message: string | undefined
  readonly completed_at: string | undefined
}
