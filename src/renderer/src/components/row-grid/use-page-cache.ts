import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react'
import type { GridRow } from './types'

/** Rows fetched per request: a few screens' worth, well under the channel's limit. */
export const PAGE_SIZE = 200

interface Cache<R> {
  readonly pages: Map<number, R[]>
  /** Pages on their way, with the refresh they were asked for in. */
  readonly pending: Map<number, number>
  /** Pages from before a refresh, shown until their fresh copy arrives. */
  readonly stale: Map<number, R[]>
  refresh: number
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
 * an old version are dropped. When `refresh` changes (the same list, whose
 * rows move on by themselves, e.g. a running upload), the pages are asked
 * for again while the old rows stay on screen until the new ones arrive.
 */
export function usePageCache<R extends GridRow>(loadPage: (offset: number, limit: number) => Promise<readonly R[]>, version: string | number, refresh = 0): PageCache<R> {
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  // Only a new version starts afresh; a refresh keeps the cache and marks its pages stale (below).
  const cache = useMemo<Cache<R>>(() => ({ pages: new Map(), pending: new Map(), stale: new Map(), refresh }), [version])
  const current = useRef(cache)
  const load = useRef(loadPage)
  useEffect(() => {
    current.current = cache
    load.current = loadPage
  })
  if (cache.refresh !== refresh) {
    cache.refresh = refresh
    for (const [page, rows] of cache.pages) cache.stale.set(page, rows)
    cache.pages.clear()
  }

  const ensure = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(Math.max(0, first) / PAGE_SIZE); page <= Math.floor(Math.max(0, last) / PAGE_SIZE); page++) {
        const asked = cache.refresh
        if (cache.pages.has(page) || cache.pending.get(page) === asked) continue
        cache.pending.set(page, asked)
        const settle = (): boolean => {
          if (cache.pending.get(page) === asked) cache.pending.delete(page)
          return current.current === cache && cache.refresh === asked
        }
        load.current(page * PAGE_SIZE, PAGE_SIZE).then(
          (rows) => {
            if (!settle()) return
            cache.pages.set(page, [...rows])
            cache.stale.delete(page)
            rerender()
          },
          settle
        )
      }
    },
    [cache]
  )

  const rowAt = useCallback(
    (position: number) => {
      const page = Math.floor(position / PAGE_SIZE)
      return (cache.pages.get(page) ?? cache.stale.get(page))?.[position % PAGE_SIZE]
    },
    [cache]
  )

  const replaceRows = useCallback(
    (rows: readonly R[]) => {
      const byIndex = new Map(rows.map((row) => [row.index, row]))
      for (const page of [...cache.pages.values(), ...cache.stale.values()]) {
        page.forEach((row, i) => {
          const next = byIndex.get(row.index)
          if (next !== undefined) page[i] = next
        })
      }
      rerender()
    },
    [cache]
  )

  // A new object after a refresh, so the grid asks again for the pages in view.
  return useMemo(() => ({ rowAt, ensure, replaceRows }), [rowAt, ensure, replaceRows, refresh])
}
