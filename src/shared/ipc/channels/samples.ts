import { z } from 'zod'
import type { ImportView } from '../../import-view'
import { TARGETS } from '../../targets'
import { answers } from './define'

/** First run: practice spreadsheets that open straight into the import flow, target already chosen. */
export const SAMPLE_CHANNELS = {
  'samples:open': {
    request: z.strictObject({ target: z.enum(TARGETS) }),
    response: answers<ImportView>()
  }
} as const
