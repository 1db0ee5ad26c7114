import type { ConnectionCatalog } from '../../connections/connection-store'
import type { Handlers } from './types'

/**
 * The connections channels. They see only the catalog side of the store, so
 * no answer can carry a key: keys come in with add and update, never out.
 */
export function connectionHandlers(catalog: ConnectionCatalog): Pick<Handlers, Extract<keyof Handlers, `connections:${string}`>> {
  return {
    'connections:list': () => catalog.list(),
    'connections:problems': () => catalog.problems(),
    'connections:add': (draft) => catalog.add(draft),
    'connections:update': (change) => catalog.update(change),
    'connections:remove': ({ id }) => catalog.remove(id),
    'connections:test': ({ id }) => catalog.test(id)
  }
}
