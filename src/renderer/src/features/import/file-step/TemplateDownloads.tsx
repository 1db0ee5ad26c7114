import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { CATALOGS } from '../../../../../shared/catalog'
import { TARGETS } from '../../../../../shared/targets'
import { useLocalized } from '../../../i18n/use-localized'
import { useImport } from '../import-store'

/** One "Download template" per target, in the interface language, for preparing files offline. */
export function TemplateDownloads(): ReactElement {
  const { t, i18n } = useTranslation()
  const localized = useLocalized()
  const downloadTemplate = useImport((state) => state.downloadTemplate)
  const language = i18n.language === 'en' ? 'en' : 'ko'
  return (
    <section className="card card-padded" aria-labelledby="templates-title">
      <h2 id="templates-title" className="card-title">
        {t('import.templates.title')}
      </h2>
      <p className="field-help">{t('import.templates.body')}</p>
      <ul className="template-list">
        {TARGETS.map((target) => (
          <li key={target}>
            <span>{localized(CATALOGS[target].label)}</span>
            <button
              type="button"
              className="button button-small"
              aria-label={`${t('import.templates.download')}: ${localized(CATALOGS[target].label)}`}
              onClick={() => void downloadTemplate(target, language)}
            >
              {t('import.templates.download')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
