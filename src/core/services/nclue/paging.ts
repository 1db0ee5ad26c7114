import { ServiceError } from '../../http/service-error'
import { NCLUE, NCLUE_INDEX_IS_OFFSET, NCLUE_PAGE_LIMIT_MAX } from './assumptions'

/** One page of any NCLUE list. */
export interface Page<T> {
  readonly total: number
  readonly items: readonly T[]
}

/** Hard stop against a server that never stops paging (100 000 items at 100 per page). */
const MAX_PAGES = 1_000

/**
 * Walks a NCLUE list with `index` as an item offset (§1.7 N4 ASSUMPTION) and
 * the largest page size, handing each page to `onPage` until it returns
 * true (done early), the list ends, or `total` is reached. Reports a
 * bad-response if the list ends before `total` items were seen, which is
 * what happens if `index` is really a page number.
 */
export async function walkPages<T>(fetchPage: (index: number, limit: number) => Promise<Page<T>>, onPage: (items: readonly T[]) => boolean): Promise<void> {
  let index = 0
  let seen = 0
  for (let n = 0; n < MAX_PAGES; n++) {
    const page = await fetchPage(index, NCLUE_PAGE_LIMIT_MAX)
    if (onPage(page.items)) return
    seen += page.items.length
    index = NCLUE_INDEX_IS_OFFSET ? seen : index + 1
    if (seen >= page.total) return
    if (page.items.length === 0) {
      throw new ServiceError({ kind: 'bad-response', service: NCLUE, ambiguous: false, idempotent: true,
        message: `${NCLUE} said its list holds ${page.total} items but returned an empty page after ${seen}; its paging may not work as assumed.` })
    }
  }
  throw new ServiceError({ kind: 'bad-response', service: NCLUE, ambiguous: false, idempotent: true,
    message: `${NCLUE}'s list did not end after ${MAX_PAGES} pages.` })
}
