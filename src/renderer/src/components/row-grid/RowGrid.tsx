import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { CellTip, type TipState } from './CellTip'
import type { EditEnd } from './CellEditor'
import { GridBodyRow, pendingKey, type EditingCell, type PlacedColumn } from './GridBodyRow'
import type { CellEvents } from './GridCell'
import { GridHeader } from './GridHeader'
import { isTypingKey, moveFor, type GridPosition } from './grid-keys'
import { COLUMN_WIDTH, HEADER_HEIGHT, LEADING_COLUMNS, ROW_HEIGHT, ROW_NUMBER_WIDTH, SCROLLBAR_ROOM, STATUS_WIDTH } from './layout'
import type { CellMark, GridRow, RowGridProps } from './types'
import { useFillHeight } from './use-fill-height'
import { usePageCache } from './use-page-cache'
import { useScaledScroll } from './use-scaled-scroll'

/** The virtualizer's visible indexes plus one that must stay rendered (the focused row or column). */
function keeping(range: Range, index: number): number[] {
  const indexes = defaultRangeExtractor(range)
  if (index < 0 || index >= range.count || indexes.includes(index)) return indexes
  return [...indexes, index].sort((a, b) => a - b)
}

/**
 * The first and last of the rendered rows that are in view, leaving out the
 * focused row when it is kept rendered far from them (so its page alone is
 * fetched, not every page in between).
 */
function viewedBlock(indexes: readonly number[]): [number, number] {
  let first = 0
  let last = indexes.length - 1
  if (last > first && (indexes[first + 1] ?? 0) - (indexes[first] ?? 0) > 1) first++
  if (last > first && (indexes[last] ?? 0) - (indexes[last - 1] ?? 0) > 1) last--
  return [indexes[first] ?? 0, indexes[last] ?? 0]
}

const parse = (position: string): GridPosition => {
  const [row = 0, col = 0] = position.split(':').map(Number)
  return { row, col }
}

const tipAt = (cell: HTMLElement, mark: CellMark | null): TipState | null => (mark === null ? null : { mark, cell })

/**
 * A spreadsheet-like grid over a list too long to render: only the rows and
 * columns in view exist in the page, pages of rows are fetched as the user
 * scrolls, and the header row and the row-number and status columns stay in
 * place. Keyboard use follows the ARIA grid pattern (one focusable cell,
 * arrows move it); Enter, typing or a double-click edits a cell where the
 * screen allows. Screens plug in the status column, cell marks and saving.
 */
export function RowGrid<R extends GridRow>(props: RowGridProps<R>): ReactElement {
  const { t } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  const cache = usePageCache(props.loadPage, props.dataVersion, props.refreshVersion)
  const [active, setActive] = useState<GridPosition>({ row: 0, col: LEADING_COLUMNS })
  const [editing, setEditing] = useState<EditingCell | null>(null)
  const [pending, setPending] = useState<ReadonlyMap<string, string>>(() => new Map())
  const [hoverTip, setHoverTip] = useState<TipState | null>(null)
  const [focusTip, setFocusTip] = useState<TipState | null>(null)
  const focusWanted = useRef(false)
  const statusWidth = props.status.width ?? STATUS_WIDTH
  const stickyWidth = ROW_NUMBER_WIDTH + statusWidth
  const gridColumns = props.columns.length + LEADING_COLUMNS
  const activeRow = Math.min(active.row, Math.max(0, props.rowCount - 1))
  // Past a browser's height limit the rows are laid out in less room than they take (see scroll-scale.ts).
  const scaled = useScaledScroll(scroller, HEADER_HEIGHT + props.rowCount * ROW_HEIGHT)

  const rows = useVirtualizer({
    count: props.rowCount,
    getScrollElement: () => scaled.scroller.over(scroller.current),
    observeElementRect: scaled.scroller.observeRect,
    observeElementOffset: scaled.scroller.observeOffset,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    rangeExtractor: useCallback((range: Range) => keeping(range, activeRow), [activeRow])
  })
  const columns = useVirtualizer({
    horizontal: true,
    count: props.columns.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => COLUMN_WIDTH,
    overscan: 2,
    paddingStart: stickyWidth,
    scrollPaddingStart: stickyWidth,
    rangeExtractor: useCallback((range: Range) => keeping(range, active.col - LEADING_COLUMNS), [active.col])
  })
  const virtualRows = rows.getVirtualItems()
  const virtualColumns = columns.getVirtualItems()
  const placed: PlacedColumn[] = virtualColumns.map((vc, i) => ({ index: vc.index, size: vc.size, gap: vc.start - (virtualColumns[i - 1]?.end ?? stickyWidth) }))
  const [firstInView, lastInView] = viewedBlock(virtualRows.map((vr) => vr.index))

  useEffect(() => {
    if (props.rowCount === 0) return
    cache.ensure(firstInView, lastInView)
    cache.ensure(activeRow, activeRow)
  }, [cache, firstInView, lastInView, activeRow, props.rowCount])

  const activeData = cache.rowAt(activeRow)
  const { onActiveRowChange } = props
  useEffect(() => {
    onActiveRowChange?.(activeData ?? null)
  }, [activeData, onActiveRowChange])

  useLayoutEffect(() => {
    if (!focusWanted.current || editing !== null) return
    const cell = scroller.current?.querySelector<HTMLElement>(`[data-cell="${activeRow}:${active.col}"]`)
    if (cell) {
      focusWanted.current = false
      cell.focus({ preventScroll: true })
    }
  })

  const goTo = (to: GridPosition): void => {
    setActive(to)
    focusWanted.current = true
    rows.scrollToIndex(to.row, { align: 'auto' })
    if (to.col >= LEADING_COLUMNS) columns.scrollToIndex(to.col - LEADING_COLUMNS, { align: 'auto' })
  }

  const startEdit = (position: GridPosition, typed: string | null): boolean => {
    const row = cache.rowAt(position.row)
    const column = props.columns[position.col - LEADING_COLUMNS]
    if (!row || !column || !props.onEdit || !(props.canEdit?.(row) ?? false)) return false
    const current = pending.get(pendingKey(row.index, position.col)) ?? row.cells[column.index] ?? ''
    setActive(position)
    setEditing({ row: position.row, col: position.col, initial: typed ?? current, replace: typed !== null })
    setHoverTip(null)
    setFocusTip(null)
    return true
  }

  const save = (row: R, col: number, value: string): void => {
    const column = props.columns[col - LEADING_COLUMNS]
    const key = pendingKey(row.index, col)
    if (!column || !props.onEdit || value.trim() === (row.cells[column.index] ?? '')) return
    setPending((now) => new Map(now).set(key, value.trim()))
    const forget = (): void =>
      setPending((now) => {
        const next = new Map(now)
        next.delete(key)
        return next
      })
    props.onEdit(row, column.index, value).then((changed) => {
      cache.replaceRows(changed)
      forget()
    }, forget)
  }

  const endEdit = (position: string, end: EditEnd): void => {
    const at = parse(position)
    setEditing(null)
    if (end.action === 'cancel') {
      focusWanted.current = true
      return
    }
    const row = cache.rowAt(at.row)
    if (row) save(row, at.col, end.value)
    if (end.move === null) return
    const col = Math.min(gridColumns - 1, Math.max(LEADING_COLUMNS, at.col + end.move))
    goTo({ row: at.row, col })
  }

  const events: CellEvents = {
    focus: (position, element, mark) => {
      const at = parse(position)
      setActive(at)
      setFocusTip(tipAt(element, mark))
      // Tabbing back in, the browser scrolls to where a far focused row is drawn, which while scaled is not its place.
      if (scaled.scroller.scaled) rows.scrollToIndex(at.row, { align: 'auto' })
    },
    blur: () => setFocusTip(null),
    hover: (element, mark) => setHoverTip(tipAt(element, mark)),
    leave: () => setHoverTip(null),
    startEdit: (position) => void startEdit(parse(position), null),
    endEdit
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (editing !== null || props.rowCount === 0) return
    const page = Math.max(1, Math.floor(((scroller.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1)
    const from = { row: activeRow, col: active.col }
    const to = moveFor(event.key, event.ctrlKey || event.metaKey, from, { rows: props.rowCount, cols: gridColumns, page })
    if (to !== null) {
      event.preventDefault()
      goTo(to)
    } else if ((event.key === 'Enter' || event.key === 'F2') && startEdit(from, null)) {
      event.preventDefault()
    } else if (isTypingKey(event) && startEdit(from, event.key)) {
      event.preventDefault()
    }
  }

  const width = columns.getTotalSize()
  const height = useFillHeight(scroller, HEADER_HEIGHT + Math.max(props.rowCount, 3) * ROW_HEIGHT + SCROLLBAR_ROOM)
  const words = {
    empty: t('review.grid.empty'),
    error: t('review.grid.error'),
    warning: t('review.grid.warning'),
    loading: t('review.grid.loading'),
    editLabel: (column: string, rowNumber: number) => t('review.grid.editLabel', { column, row: rowNumber })
  }
  return (
    <div className="rg-frame">
      <div
        ref={scroller}
        className="rg-scroll"
        style={{ height }}
        role="grid"
        aria-label={props.label}
        aria-rowcount={props.rowCount + 1}
        aria-colcount={gridColumns}
        onKeyDown={onKeyDown}
      >
        <div className="rg-canvas" style={{ height: scaled.height, width }}>
          <GridHeader columns={props.columns} placed={placed} width={width} statusWidth={statusWidth} statusHeader={props.status.header} />
          {virtualRows.map((vr) => (
            <GridBodyRow
              key={vr.index}
              position={vr.index}
              row={cache.rowAt(vr.index)}
              start={scaled.place(vr.start, vr.size)}
              width={width}
              columns={props.columns}
              placed={placed}
              statusWidth={statusWidth}
              status={props.status}
              cellMark={props.cellMark}
              active={{ row: activeRow, col: active.col }}
              editing={editing}
              pending={pending}
              events={events}
              words={words}
            />
          ))}
        </div>
      </div>
      {props.rowCount === 0 ? <p className="rg-empty-list">{props.emptyText}</p> : null}
      <CellTip tip={hoverTip ?? focusTip} scroller={scroller} />
    </div>
  )
}
