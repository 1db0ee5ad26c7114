import * as XLSX from 'xlsx'

/**
 * Typed views of the SheetJS parts its own typings leave as `any` (SSF, the
 * number formatter, and CFB, the OLE container reader), limited to what
 * this module uses, so the rest of the code stays free of `any`.
 */

interface SsfApi {
  is_date(format: string): boolean
  format(format: string, value: number, options?: { date1904?: boolean }): string
  get_table(): Record<number, string | undefined>
}

/** One stream or storage in an OLE container. */
export interface CfbEntry {
  readonly name: string
  /** 2 = stream, 1 = storage, 5 = root. */
  readonly type: number
  readonly size: number
  readonly content?: ArrayLike<number>
}

interface CfbContainer {
  readonly FileIndex: readonly CfbEntry[]
}

interface CfbApi {
  read(data: Uint8Array, options: { type: 'array' }): CfbContainer
}

/** SheetJS's number-format engine: tells date formats apart and renders display text. */
export const ssf = XLSX.SSF as SsfApi

/** SheetJS's OLE (Compound File Binary) reader, the container of .xls and of encrypted Office files. */
export const cfb = XLSX.CFB as CfbApi
