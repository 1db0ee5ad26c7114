import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/PageHeader'
import { useImport } from './import-store'
import { Stepper } from './Stepper'

/** The import flow: File → Columns → Review → Upload → Results. */
export function ImportScreen(): ReactElement {
  const { t } = useTranslation()
  const step = useImport((state) => state.step)
  return (
    <>
      <PageHeader title={t('import.title')} subtitle={t('import.subtitle')} />
      <Stepper current={step} />
    </>
  )
}
