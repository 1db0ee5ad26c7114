import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewColumn, ReviewIssue } from '../../../../../shared/review'
import type { TargetId } from '../../../../../shared/targets'
import { MarkIcon } from '../../../components/row-grid'
import { useFieldLabel, useLocalized } from '../../../i18n/use-localized'

/**
 * A row's problems, each with its shape, where to fix it (the column's
 * header, the whole row, or a fixed value) and why: the Review step's row
 * details, and the results' for a row changed there.
 */
export function IssueList({ issues, target, columns }: { issues: readonly ReviewIssue[]; target: TargetId; columns: readonly ReviewColumn[] }): ReactElement {
  const { t } = useTranslation()
  const localized = useLocalized()
  const fieldLabel = useFieldLabel(target)
  const where = (issue: ReviewIssue): string => {
    if (issue.column !== null) return columns[issue.column]?.header || `#${issue.column + 1}`
    return issue.field === null ? t('review.details.wholeRow') : t('review.details.fixedValue', { field: fieldLabel(issue.field) })
  }
  return (
    <ul className="issue-list">
      {issues.map((issue, n) => (
        <li key={n} className={`issue issue-${issue.severity}`}>
          <MarkIcon kind={issue.severity} />
          <span className="issue-where">{where(issue)}</span>
          <span>{localized(issue.message)}</span>
        </li>
      ))}
    </ul>
  )
}
