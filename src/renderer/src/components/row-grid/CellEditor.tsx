import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactElement } from 'react'
import { MAX_CELL_TEXT } from '../../../../shared/review'

/**
 * How an edit ended: saved, with where focus goes next (-1 back, 0 stay,
 * 1 on, null: it already went elsewhere), or cancelled.
 */
export type EditEnd = { readonly action: 'save'; readonly value: string; readonly move: -1 | 0 | 1 | null } | { readonly action: 'cancel' }

/**
 * The text box a cell becomes while it is edited. Enter saves, Escape
 * cancels, Tab saves and moves on, leaving the box saves. An Enter that only
 * finishes Korean (IME) composition does not save.
 */
export function CellEditor({ initial, label, replace, onEnd }: { initial: string; label: string; replace: boolean; onEnd(end: EditEnd): void }): ReactElement {
  const [value, setValue] = useState(initial)
  const input = useRef<HTMLInputElement>(null)
  const ended = useRef(false)
  useLayoutEffect(() => {
    const box = input.current
    if (!box) return
    box.focus()
    if (replace) box.setSelectionRange(box.value.length, box.value.length)
    else box.select()
  }, [replace])

  const end = (result: EditEnd): void => {
    if (ended.current) return
    ended.current = true
    onEnd(result)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    event.stopPropagation()
    if (event.nativeEvent.isComposing) return
    if (event.key === 'Enter') {
      event.preventDefault()
      end({ action: 'save', value, move: 0 })
    } else if (event.key === 'Escape') {
      event.preventDefault()
      end({ action: 'cancel' })
    } else if (event.key === 'Tab') {
      event.preventDefault()
      end({ action: 'save', value, move: event.shiftKey ? -1 : 1 })
    }
  }
  return (
    <input
      ref={input}
      className="rg-editor"
      aria-label={label}
      value={value}
      maxLength={MAX_CELL_TEXT}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => end({ action: 'save', value, move: null })}
      onDoubleClick={(event) => event.stopPropagation()}
    />
  )
}
