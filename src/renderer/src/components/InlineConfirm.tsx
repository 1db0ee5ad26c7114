import type { ReactElement } from 'react'

/**
 * A question asked in place of the buttons that led to it ("Remove this
 * connection?"), with the risky answer and the safe one; the safe one has
 * the focus, so a stray Enter keeps things as they are.
 */
export function InlineConfirm({ id, question, confirm, keep, onConfirm, onKeep }: { id: string; question: string; confirm: string; keep: string; onConfirm(): void; onKeep(): void }): ReactElement {
  return (
    <div className="connection-confirm" role="group" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <div className="row-actions">
        <button type="button" className="button button-small button-danger" onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" className="button button-small" onClick={onKeep} autoFocus>
          {keep}
        </button>
      </div>
    </div>
  )
}
