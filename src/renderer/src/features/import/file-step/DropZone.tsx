import { useRef, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../../components/Icon'
import { useImport } from '../import-store'
import { ACCEPTED_FILES } from './accepted-files'
import { useWindowDrop } from './use-window-drop'

/** The big drop target with a file picker button; drops anywhere on the window also count. */
export function DropZone(): ReactElement {
  const { t } = useTranslation()
  const { openFile, busy } = useImport()
  const input = useRef<HTMLInputElement>(null)
  const dragging = useWindowDrop(openFile)
  const reading = busy?.kind === 'reading' ? busy.fileName : null
  return (
    <section className={dragging ? 'drop-zone dragging' : 'drop-zone'} aria-labelledby="drop-title" aria-busy={reading !== null}>
      <div className="drop-icon">
        <Icon name="import" size={30} />
      </div>
      <h2 id="drop-title">{dragging ? t('import.drop.dropAnywhere') : t('import.drop.title')}</h2>
      <p>{t('import.drop.body')}</p>
      <button type="button" className="button button-primary" onClick={() => input.current?.click()} disabled={reading !== null}>
        {t('import.drop.choose')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        className="visually-hidden"
        aria-label={t('import.drop.choose')}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void openFile(file)
        }}
      />
      <p className="drop-status" role="status">
        {reading ? t('import.drop.reading', { fileName: reading }) : ''}
      </p>
    </section>
  )
}
