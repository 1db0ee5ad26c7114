import { z } from 'zod'
import { NCLUE_STATUS_ALIASES, NCLUE_STATUSES } from './assumptions'
import type { NclueStatus } from './types'

/** Reads a wire status, accepting the create page's `complete` as `completed` (§1.6 N3). */
export const statusSchema = z.string().transform((raw, ctx): NclueStatus => {
  const value = NCLUE_STATUS_ALIASES[raw] ?? raw
  if ((NCLUE_STATUSES as readonly string[]).includes(value)) return value as NclueStatus
  ctx.addIssue({ code: 'custom', message: `unknown status '${raw.slice(0, 40)}'` })
  return z.NEVER
})

const optionalText = z.string().nullish().transform((v) => v ?? undefined)
const optionalInt = z.number().nullish().transform((v) => v ?? undefined)

/** The create answer (§1.7). */
export const createdSchema = z.object({
  profile_id: z.string().min(1),
  profile_name: z.string(),
  task_id: optionalText,
  task_name: optionalText,
  created_at: optionalText
})

/** A get/list item (§1.7; list items ASSUMED to mirror get, including fail_message). */
export const profileSchema = createdSchema.extend({
  status: statusSchema,
  completed_at: optionalText,
  line_count: optionalInt,
  disk_usage: optionalInt,
  fail_message: optionalText
})

/** Shared list envelope fields `{index, limit, total}` (§1.7, §1.8). */
const pageFields = { index: z.number().int(), limit: z.number().int(), total: z.number().int().nonnegative() }

/** GET /profile/shopping-intents answer. */
export const profilePageSchema = z.object({ ...pageFields, profiles: z.array(profileSchema) })

/** A task item (§1.8); only the fields we use are required. */
export const taskSchema = z.object({ task_id: z.string().min(1), task_name: z.string(), status: statusSchema.optional() })

/** GET /tasks answer. */
export const taskPageSchema = z.object({ ...pageFields, tasks: z.array(taskSchema) })

/** DELETE answer (literal example in [S18]). */
export const deletedSchema = z.object({ profile_id: z.string() })
