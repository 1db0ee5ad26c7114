import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { MissingRequirement } from '../../../../../shared/mapping'
import type { TargetId } from '../../../../../shared/targets'
import { useFieldLabel } from '../../../i18n/use-localized'

/** The id of the notice listing what is missing, so a disabled Continue button can point to it. */
export const MISSING_NOTICE_ID = 'missing-required-notice'

/** Names the required fields that have no column or fixed value yet, or says all is set. */
export function MissingNotice({ target, missing }: { target: TargetId; missing: readonly MissingRequirement[] }): ReactElement {
  const { t } = useTranslation()
  const label = useFieldLabel(target)
  if (missing.length === 0) {
    return <p className="notice notice-ok" role="status">{t('import.mapping.allSet')}</p>
  }
  return (
    <div id={MISSING_NOTICE_ID} className="notice notice-warn" role="status">
      <p className="strong">{t('import.mapping.missingTitle')}</p>
      <ul className="missing-list">
        {missing.map((requirement) => (
          <li key={requirement.anyOf.join('|')}>
            {requirement.anyOf.length === 1
              ? t('import.mapping.missingOne', { fields: label(requirement.anyOf[0] ?? '') })
              : t('import.mapping.missingAnyOf', { fields: requirement.anyOf.map(label).join(', ') })}
          </li>
        ))}
      </ul>
      <p>{t('import.mapping.missingHelp')}</p>
    </div>
  )
}
