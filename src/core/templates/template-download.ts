import type { DownloadFile } from '../../shared/import-view'
import type { TargetId } from '../../shared/targets'
import type { Language } from '../../shared/text'
import { buildTemplate } from './build-template'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The template for a target as a file to save, named so staff recognise it later. */
export function templateDownload(target: TargetId, language: Language): DownloadFile {
  const name = target.replace(':', '-')
  return {
    fileName: language === 'ko' ? `sheetport-${name}-양식.xlsx` : `sheetport-${name}-template.xlsx`,
    mimeType: XLSX_MIME,
    bytes: buildTemplate(target, language)
  }
}
