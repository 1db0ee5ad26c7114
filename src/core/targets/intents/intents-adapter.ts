import { quotedNames, type Language } from '../../../shared/text'
import type { ServiceError } from '../../http/service-error'
import { NCP_GATEWAY } from '../../services/nclue/assumptions'
import type { NclueClient } from '../../services/nclue/client'
import { findProfilesByName, trackStatuses, type ListProfiles } from '../../services/nclue/reconcile'
import { matchTask, type TaskMatch } from '../../services/nclue/task-match'
import type { TrackedStatus } from '../../services/nclue/types'
import type { CallContext, ItemOutcome, ReconcileOutcome, TargetAdapter } from '../../upload/target-adapter'
import { failedOutcome, hasStringField, payloadOf, rowAnswer, type OutcomeWording } from '../outcomes'
import { reasonForCode, reasonForError, reasonForFailMessage, type Reason } from '../reasons'
import type { IntentRequest } from './build-intent'

/** How an intents adapter behaves. */
export interface IntentsAdapterOptions {
  readonly messageLanguage?: Language
  /** Scrubbed from anything an outcome quotes (the access and secret keys). */
  readonly secrets?: readonly string[]
}

const isIntent = (p: unknown): p is IntentRequest => hasStringField(p, 'name')

/** A 404 from NCLUE itself (not the gateway's "no such path") on a create means the task does not exist. */
function explainCreateError(error: ServiceError): Reason {
  if (error.reason === 'not-found' && error.serviceCode !== NCP_GATEWAY.notFound.errorCode) return reasonForCode('task-not-found')
  return reasonForError(error)
}

/** The profile list, one page per paced request, so lookups spend the engine's rate budget. */
function pacedList(client: NclueClient, context: CallContext): ListProfiles {
  return (index, limit) => context.paced((signal) => client.listProfiles({ index, limit }, { signal }))
}

/** The task a request names (its task_id or task_name column, an id or a name either way), through the job's one task listing. */
async function taskOf(client: NclueClient, request: IntentRequest, signal: AbortSignal): Promise<TaskMatch> {
  return matchTask(await client.taskList({ signal }), request.task_id ?? request.task_name ?? '')
}

/** A row whose task the list does not have (or has twice), as a failed outcome that suggests the closest task names. */
function taskProblem(index: number, match: Extract<TaskMatch, { problem: string }>, wording: OutcomeWording): ItemOutcome {
  if (match.problem === 'task-not-found' && match.closest.length > 0) return { index, state: 'failed', reasonCode: 'task-not-found-closest', message: quotedNames(match.closest) }
  return failedOutcome(index, reasonForCode(match.problem), wording)
}

/** A profile's status as a row outcome: done → accepted, failed → the fail_message in plain words, else still pending. */
function statusOutcome(index: number, profileId: string, tracked: Pick<TrackedStatus, 'status' | 'fail_message'>, wording: OutcomeWording): ItemOutcome {
  switch (tracked.status) {
    case 'completed':
      return { index, state: 'accepted', remoteId: profileId }
    case 'failed':
      return failedOutcome(index, reasonForFailMessage(tracked.fail_message), wording)
    case 'not-found':
      return failedOutcome(index, reasonForCode('profile-missing'), wording)
    default:
      return { index, state: 'pending', remoteId: profileId }
  }
}

/**
 * The NCLUE adapter for intents:create: one profile per request, never
 * resent blindly. A created profile is 'pending' until poll() sees it
 * completed or failed (the list endpoint, 100 per page, every page paced).
 * Every task value, id or name in either column, is resolved through the
 * job's one task listing; screen() fails the rows naming no task before
 * anything is sent, with the closest task names. reconcile() finds unanswered creates by their unique name.
 */
export function createIntentsAdapter(client: NclueClient, options: IntentsAdapterOptions = {}): TargetAdapter {
  const wording: OutcomeWording = { language: options.messageLanguage ?? 'en', secrets: options.secrets ?? [] }
  return {
    service: 'nclue',
    batchSize: 1,
    resendIsSafe: false,
    // One walk of the list answers every pending id at once; chunks of 100 would each walk from the newest page again.
    pollChunk: Number.POSITIVE_INFINITY,
    async send(items, signal) {
      const outcomes: ItemOutcome[] = []
      for (const item of items) {
        const request = payloadOf(item, isIntent, 'a shopping intent')
        try {
          const task = await taskOf(client, request, signal)
          if (!('taskId' in task)) {
            outcomes.push(taskProblem(item.index, task, wording))
            continue
          }
          const created = await client.createProfile({ name: request.name, task_id: task.taskId }, { signal })
          outcomes.push({ index: item.index, state: 'pending', remoteId: created.profile_id })
        } catch (error) {
          const answer = rowAnswer(item.index, error, wording, explainCreateError)
          if (answer === null) throw error
          outcomes.push(answer)
        }
      }
      return outcomes
    },
    async screen(items, context) {
      // One listing of the tasks for the whole job; rows naming no task are not sent.
      const tasks = await client.taskList({ signal: context.signal })
      return items.flatMap((item) => {
        const request = payloadOf(item, isIntent, 'a shopping intent')
        const match = matchTask(tasks, request.task_id ?? request.task_name ?? '')
        return 'taskId' in match ? [] : [taskProblem(item.index, match, wording)]
      })
    },
    async reconcile(items, context) {
      const names = items.map((item) => payloadOf(item, isIntent, 'a shopping intent').name)
      const found = await findProfilesByName(pacedList(client, context), names)
      return items.map((item, i): ReconcileOutcome => {
        const profile = found.get(names[i] ?? '')
        return profile === undefined ? { index: item.index, state: 'absent' } : statusOutcome(item.index, profile.profile_id, profile, wording)
      })
    },
    async poll(pending, context) {
      const statuses = await trackStatuses(pacedList(client, context), pending.map((p) => p.remoteId))
      return pending.map((p) => statusOutcome(p.index, p.remoteId, statuses.get(p.remoteId) ?? { status: 'not-found', fail_message: undefined }, wording))
    }
  }
}
