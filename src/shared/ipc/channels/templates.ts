import { z } from 'zod'
import type { DownloadFile } from '../../import-view'
import { TARGETS } from '../../targets'
import { answers } from './define'

/** Blank spreadsheets staff fill in offline. */
export const TEMPLATE_CHANNELS = {
  'templates:build': {
    request: z.strictObject({ target: z.enum(TARGETS), language: z.enum(['ko', 'en']) }),
    response: answers<DownloadFile>()
  }
} as const
