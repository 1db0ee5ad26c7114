import type { DownloadFile } from '../../../shared/import-view'

/**
 * Hands a generated file to the user the way a web page does (a download
 * link); Electron turns it into a normal save. Works the same in both shells.
 */
export function saveDownload(file: DownloadFile): void {
  const blob = new Blob([file.bytes.slice()], { type: file.mimeType })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
