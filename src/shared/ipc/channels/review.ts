import { z } from 'zod'
import { MAX_CELL_TEXT, MAX_REVIEW_PAGE, REVIEW_FILTERS, type ReviewEdit, type ReviewOverview, type ReviewPage } from '../../review'
import { answers } from './define'

const sessionId = z.uuid()
/** A data row's position; the reader's own row limit is far below this. */
const rowIndex = z.number().int().min(0).max(10_000_000)

/** The Review step: every row checked, a page at a time, and cells edited in place. */
export const REVIEW_CHANNELS = {
  'review:summary': {
    request: z.strictObject({ sessionId }),
    response: answers<ReviewOverview>()
  },
  'review:rows': {
    request: z.strictObject({
      sessionId,
      offset: rowIndex,
      limit: z.number().int().min(1).max(MAX_REVIEW_PAGE),
      filter: z.enum(REVIEW_FILTERS)
    }),
    response: answers<ReviewPage>()
  },
  'review:edit-cell': {
    request: z.strictObject({
      sessionId,
      index: rowIndex,
      column: z.number().int().min(0).max(16_383),
      value: z.string().max(MAX_CELL_TEXT)
    }),
    response: answers<ReviewEdit>()
  }
} as const
