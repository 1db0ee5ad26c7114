import type { ImportSessions } from '../../import/import-sessions'
import type { Handlers } from './types'

/** Beyond this many other rows changed by one edit, the screen refetches its pages instead. */
const MAX_OTHER_ROWS = 100

/** The Review step's channels, over the checked rows each import session keeps. */
export function reviewHandlers(imports: ImportSessions): Pick<Handlers, Extract<keyof Handlers, `review:${string}`>> {
  return {
    'review:summary': ({ sessionId }) => {
      const review = imports.review(sessionId)
      return { target: review.target, summary: review.summary(), columns: review.columns() }
    },
    'review:rows': ({ sessionId, offset, limit, filter }) => imports.review(sessionId).page(offset, limit, filter),
    'review:edit-cell': ({ sessionId, index, column, value }) => {
      const { others } = imports.editCell(sessionId, index, column, value)
      const review = imports.review(sessionId)
      const refetch = others.length > MAX_OTHER_ROWS
      return { row: review.row(index), others: refetch ? [] : others.map((i) => review.row(i)), refetch, summary: review.summary() }
    }
  }
}
