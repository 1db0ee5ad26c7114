import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react'
import type { GridRow } from './types'

/** Rows fetched per request: a few screens' worth, well under the channel's limit. */
export const PAGE_SIZE = 200

interface Cache<R> {
  readonly pages: Map<number, R[]>
  readonly pending: Set<number>
}

/** What the grid reads rows through. */
export interface PageCache<R> {
  /** The row at a list position, or undefined while its page loads. */
  rowAt(position: number): R | undefined
  /** Fetches the pages covering positions first..last that are not cached or on their way. */
  ensure(first: number, last: number): void
  /** Puts changed rows (matched by index) into the cached pages, e.g. after an edit. */
  replaceRows(rows: readonly R[]): void
}

/**
 * Keeps the pages of a long list that the user has scrolled past, asks for
 * missing ones once each, and forgets everything when `version` changes
 * (another filter, or data that changed under it). Answers that arrive for
 * an old version are dropped.
 */
export function usePageCache<R extends GridRow>(loadPage: (offset: number, limit: number) => Promise<readonly R[]>, version: string | number): PageCache<R> {
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  const cache = useMemo<Cache<R>>(() => ({ pages: new Map(), pending: new Set() }), [version])
  const current = useRef(cache)
  const load = useRef(loadPage)
  useEffect(() => {
    current.current = cache
    load.current = loadPage
  })

  const ensure = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(Math.max(0, first) / PAGE_SIZE); page <= Math.floor(Math.max(0, last) / PAGE_SIZE); page++) {
        if (cache.pages.has(page) || cache.pending.has(page)) continue
        cache.pending.add(page)
        load.current(page * PAGE_SIZE, PAGE_SIZE).then(
          (rows) => {
            cache.pending.delete(page)
            if (current.current !== cache) return
            cache.pages.set(page, [...rows])
            rerender()
          },
          () => cache.pending.delete(page)
        )
      }
    },
    [cache]
  )

  const rowAt = useCallback((position: number) => cache.pages.get(Math.floor(position / PAGE_SIZE))?.[position % PAGE_SIZE], [cache])

  const replaceRows = useCallback(
    (rows: readonly R[]) => {
      const byIndex = new Map(rows.map((row) => [row.index, row]))
      for (const page of cache.pages.values()) {
        page.forEach((row, i) => {
          const next = byIndex.get(row.index)
          if (next !== undefined) page[i] = next
        })
      }
      rerender()
    },
    [cache]
  )

  return useMemo(() => ({ rowAt, ensure, replaceRows }), [rowAt, ensure, replaceRows])
}
