import { z } from 'zod'
import type { SupportLogInfo } from '../../support-log'
import { answers } from './define'

/** The support log: where it is, and opening its folder (desktop app only). */
export const LOG_CHANNELS = {
  'logs:where': { request: z.undefined(), response: answers<SupportLogInfo | null>() },
  'logs:open-folder': { request: z.undefined(), response: answers<null>() }
} as const
