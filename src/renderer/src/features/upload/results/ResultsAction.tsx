import type { ReactElement, ReactNode } from 'react'

/** One next step on the results (send again, the failure report): a title, a line saying what it does or why it can't, and its controls. */
export function ResultsAction({ title, noteId, note, children }: { title: string; noteId: string; note: string; children: ReactNode }): ReactElement {
  return (
    <div className="results-action">
      <h3 className="results-action-title">{title}</h3>
      <p className="field-help" id={noteId}>
        {note}
      </p>
      {children}
    </div>
  )
}
