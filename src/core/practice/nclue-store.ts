import { randomUUID } from 'node:crypto'
import { NCLUE_DELETABLE_STATUSES, NCLUE_FAIL_MESSAGES, type NCLUE_STATUSES } from '../services/nclue/assumptions'
import { PRACTICE_TRIGGERS } from './credentials'
import type { LifecycleDurations } from './types'

type Status = (typeof NCLUE_STATUSES)[number]

/** A stored shopping-intent profile; its status is derived from the clock. */
export interface StoredIntent {
  readonly profile_id: string
  readonly profile_name: string
  readonly task_id: string
  readonly task_name: string
  readonly createdAt: number
  readonly seq: number
  /** Set when the name carries the FAIL trigger. */
  readonly failMessage: string | undefined
}

/** A task the emulator offers (§1.8). */
export interface StoredTask {
  readonly task_id: string
  readonly task_name: string
  readonly status: Status
}

/** Seeded tasks: two usable, one still training, two sharing a name (to exercise ambiguity). */
export const SEEDED_TASKS: readonly StoredTask[] = [
  { task_id: '3179664c-0000-4000-8000-af6354344018', task_name: 'practice-fashion-intent', status: 'completed' },
  { task_id: '5a0c1e2d-0000-4000-8000-1f2e3d4c5b6a', task_name: 'practice-beauty-intent', status: 'completed' },
  { task_id: '7b1d2f3e-0000-4000-8000-2a3b4c5d6e7f', task_name: 'practice-training-task', status: 'in_progress' },
  { task_id: '9c2e3a4f-0000-4000-8000-3b4c5d6e7f80', task_name: 'practice-twin-task', status: 'completed' },
  { task_id: 'ad3f4b50-0000-4000-8000-4c5d6e7f8091', task_name: 'practice-twin-task', status: 'completed' }
]

/**
 * The emulated NCLUE account: tasks, and profiles moving registered →
 * pending → in_progress → completed|failed as time passes (derived from
 * the creation time, so no timers are left running).
 */
export class NclueStore {
  readonly profiles = new Map<string, StoredIntent>()
  readonly tasks: StoredTask[]
  private seq = 0

  constructor(
    private readonly durations: LifecycleDurations,
    private readonly now: () => number,
    extraTasks: number
  ) {
    this.tasks = [...SEEDED_TASKS]
    for (let i = 0; i < extraTasks; i++) {
      this.tasks.push({ task_id: `practice-extra-task-${String(i).padStart(4, '0')}`, task_name: `practice extra task ${i}`, status: 'completed' })
    }
  }

  /** Creates a profile (uniqueness and length are checked by the handler). */
  create(name: string, task: StoredTask): StoredIntent {
    const failMessage = name.includes(PRACTICE_TRIGGERS.nclueFail) ? (NCLUE_FAIL_MESSAGES.find((m) => name.includes(m)) ?? 'COMMON_ERROR') : undefined
    const intent = { profile_id: randomUUID(), profile_name: name, task_id: task.task_id, task_name: task.task_name, createdAt: this.now(), seq: this.seq++, failMessage }
    this.profiles.set(intent.profile_id, intent)
    return intent
  }

  /** The profile's current status and, once finished, when. */
  statusOf(p: StoredIntent): { status: Status; finishedAt: number | undefined } {
    const d = this.durations
    const age = this.now() - p.createdAt
    if (age < d.registeredMs) return { status: 'registered', finishedAt: undefined }
    if (age < d.registeredMs + d.pendingMs) return { status: 'pending', finishedAt: undefined }
    const end = d.registeredMs + d.pendingMs + d.inProgressMs
    if (age < end) return { status: 'in_progress', finishedAt: undefined }
    return { status: p.failMessage === undefined ? 'completed' : 'failed', finishedAt: p.createdAt + end }
  }

  /** Whether the profile may be deleted now (§1.7). */
  deletable(p: StoredIntent): boolean {
    return (NCLUE_DELETABLE_STATUSES as readonly string[]).includes(this.statusOf(p).status)
  }

  /** Profiles newest first (§1.7 N4 ASSUMPTION). */
  newestFirst(): StoredIntent[] {
    return [...this.profiles.values()].sort((a, b) => b.createdAt - a.createdAt || b.seq - a.seq)
  }
}
