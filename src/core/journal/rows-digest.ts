import { createHash } from 'node:crypto'

/** A row as the journal may know it: its index and natural key, never its payload. */
export interface RowRef {
  readonly index: number
  readonly key: string
}

/**
 * A fingerprint of the rows to upload (indexes and keys, in order). Stored
 * instead of the keys themselves, so the journal holds no customer data yet
 * a resume can tell that the sheet or the mapping changed.
 */
export function rowsDigest(rows: readonly RowRef[]): string {
  const hash = createHash('sha256')
  for (const row of rows) hash.update(`${row.index}\t${row.key}\n`)
  return `sha256:${hash.digest('hex')}`
}
