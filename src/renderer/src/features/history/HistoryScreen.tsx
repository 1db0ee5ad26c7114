import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../../app/navigation-store'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'

/** Past imports; until the first one, it says what will appear and how to start. */
export function HistoryScreen(): ReactElement {
  const { t } = useTranslation()
  const go = useNavigation((state) => state.go)
  return (
    <>
      <PageHeader title={t('history.title')} subtitle={t('history.subtitle')} />
      <EmptyState
        icon="history"
        title={t('history.emptyTitle')}
        body={t('history.emptyBody')}
        action={
          <button type="button" className="button button-primary" onClick={() => go('import')}>
            {t('history.emptyAction')}
          </button>
        }
      />
    </>
  )
}
