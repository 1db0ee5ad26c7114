import { z } from 'zod'
import type { ConnectionSummary } from '../../app-types'
import { answers } from './define'

/** Where imports go. Answers never carry a secret, only whether one is stored. */
export const CONNECTION_CHANNELS = {
  'connections:list': { request: z.undefined(), response: answers<ConnectionSummary[]>() }
} as const
