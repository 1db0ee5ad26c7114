import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { CATALOGS } from '../../../../../shared/catalog'
import { TARGETS, type TargetId } from '../../../../../shared/targets'
import { useLocalized } from '../../../i18n/use-localized'
import { useImport } from '../import-store'

/** The five things a sheet can be imported as, as a radio group of cards. */
export function TargetPicker({ current }: { current: TargetId | null }): ReactElement {
  const { t } = useTranslation()
  const localized = useLocalized()
  const setTarget = useImport((state) => state.setTarget)
  return (
    <fieldset className="target-picker">
      <legend className="card-title">{t('import.target.title')}</legend>
      <div className="target-grid">
        {TARGETS.map((target) => (
          <label key={target} className={current === target ? 'target-card selected' : 'target-card'}>
            <input type="radio" name="target" value={target} checked={current === target} onChange={() => void setTarget(target)} />
            <span className="target-service">{t(`services.${CATALOGS[target].service}`)}</span>
            <span className="target-label">{localized(CATALOGS[target].label)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
