import type { ReviewIssue, ReviewRow } from '../../../../../shared/review'
import type { CellMark } from '../../../components/row-grid'
import { useLocalized } from '../../../i18n/use-localized'

/** The mark of a set of issues: the worst severity, and every reason (errors first). */
function markOf(issues: readonly ReviewIssue[], text: (issue: ReviewIssue) => string): CellMark | null {
  if (issues.length === 0) return null
  const ordered = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  return { severity: ordered[0]?.severity ?? 'error', message: ordered.map(text).join(' / ') }
}

/**
 * How review rows mark the grid: a cell by the problems placed on its
 * column, the status cell by the problems of the whole row (or of a fixed
 * value, which no cell holds), in the interface language.
 */
export function useReviewMarks(): { cellMark(row: ReviewRow, column: number): CellMark | null; rowMark(row: ReviewRow): CellMark | null } {
  const localized = useLocalized()
  const text = (issue: ReviewIssue): string => localized(issue.message)
  return {
    cellMark: (row, column) => markOf(row.issues.filter((i) => i.column === column), text),
    rowMark: (row) => markOf(row.issues.filter((i) => i.column === null), text)
  }
}
