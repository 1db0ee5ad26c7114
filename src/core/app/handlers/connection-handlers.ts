import type { ConnectionSummary } from '../../../shared/app-types'
import type { Handlers } from './types'

/** The connections channels. Answers carry no secret. */
export function connectionHandlers(list: () => Promise<ConnectionSummary[]> | ConnectionSummary[]): Pick<Handlers, 'connections:list'> {
  return {
    'connections:list': () => list()
  }
}
