import { createHash } from 'node:crypto'
import { isReportColumn } from '../../shared/mapping'

/*
 * Identifies "the same spreadsheet layout again": the header texts in order,
 * compared loosely (width, case, runs of spaces), minus the columns the app's
 * own failure reports append, so a report dropped back in finds the mapping
 * of the file it came from.
 */

/** One header as signatures compare it. */
export function signatureHeader(header: string): string {
  return header.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
}

/** Indices of the columns that count for the signature (report columns left out). */
export function signatureColumns(headers: readonly string[]): number[] {
  return headers.flatMap((h, i) => (isReportColumn(h) ? [] : [i]))
}

/** The normalised headers a signature is computed from. */
export function signatureHeaders(headers: readonly string[]): string[] {
  return signatureColumns(headers).map((i) => signatureHeader(headers[i] ?? ''))
}

/** sha256 (hex) of the normalised, order-sensitive header list. */
export function hashHeaders(normalised: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(normalised)).digest('hex')
}

/** The signature of a header row: hashHeaders(signatureHeaders(headers)). */
export function headerSignature(headers: readonly string[]): string {
  return hashHeaders(signatureHeaders(headers))
}
