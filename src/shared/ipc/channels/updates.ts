import { z } from 'zod'
import type { UpdateStatus } from '../../updates'
import { answers } from './define'

/** The desktop app's own updates: what the updater is doing, and installing a downloaded one now. */
export const UPDATE_CHANNELS = {
  'updates:status': { request: z.undefined(), response: answers<UpdateStatus>() },
  /** Quits and installs the downloaded update; refused while an upload runs. */
  'updates:restart': { request: z.undefined(), response: answers<null>() }
} as const

/** Every change of the updater's status. */
export const UPDATE_EVENTS = {
  'updates:changed': answers<UpdateStatus>()
} as const
