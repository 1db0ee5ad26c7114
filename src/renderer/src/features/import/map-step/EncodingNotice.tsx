import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkbookInfo } from '../../../../../shared/sheet'

const KNOWN = new Set(['utf-8', 'euc-kr', 'windows-1252'])

/**
 * Said when a CSV/TSV file's encoding was a guess (see
 * WorkbookInfo.encodingUnsure): which encoding it was read as, and how to
 * save it as "CSV UTF-8" in Excel if letters look wrong.
 */
export function EncodingNotice({ info }: { info: WorkbookInfo }): ReactElement | null {
  const { t } = useTranslation()
  if (info.encodingUnsure !== true || info.encoding === null) return null
  const encoding = KNOWN.has(info.encoding) ? t(`import.file.encodingNames.${info.encoding}`) : info.encoding
  return (
    <div className="notice notice-info encoding-notice" role="status">
      <p className="strong">{t('import.file.encodingUnsure', { encoding })}</p>
      <p>{t('import.file.encodingResave')}</p>
    </div>
  )
}
