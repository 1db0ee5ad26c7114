import type { IpcResult } from '../../../../shared/errors'
import { MAX_SHEET_FILE_BYTES } from '../../../../shared/file-limits'
import type { ImportView } from '../../../../shared/import-view'
import { api } from '../../api'

const MB = 1024 * 1024

/** Rounded up to a tenth, so a file just over the limit never reads as the limit itself. */
function megabytes(bytes: number): number {
  return Math.ceil((bytes / MB) * 10) / 10
}

/**
 * Opens a dropped or picked spreadsheet in the core, refusing one over the
 * reader's limit before reading a byte: the core would refuse it anyway,
 * and reading it first costs its size in memory and, past about 512 MiB,
 * crashes the renderer in Electron's IPC serializer.
 */
export async function openSheetFile(file: File): Promise<IpcResult<ImportView>> {
  if (file.size > MAX_SHEET_FILE_BYTES) {
    const params = { fileName: file.name, sizeMb: megabytes(file.size), limitMb: Math.round(MAX_SHEET_FILE_BYTES / MB) }
    return {
      ok: false,
      code: 'import.file-too-large',
      message: `“${params.fileName}” is ${params.sizeMb} MB, more than the ${params.limitMb} MB Sheetport reads at once.`,
      params
    }
  }
  return api.import.open({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
}
