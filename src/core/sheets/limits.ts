import { MAX_SHEET_FILE_BYTES } from '../../shared/file-limits'

/**
 * Ceilings that keep one hostile or oversized file from taking the app down.
 * Every limit is configurable so tests (and unusual shops) can change them.
 */
export interface SheetLimits {
  /** Largest file accepted, in bytes. */
  readonly maxFileBytes: number
  /** Largest total uncompressed size of all entries of an .xlsx/.ods container, in bytes. */
  readonly maxUncompressedBytes: number
  /** Largest uncompressed:compressed ratio of one sizeable zip entry; real sheets stay far below it. */
  readonly maxCompressionRatio: number
  /** Most entries a zip container may hold (each costs parser bookkeeping even when tiny). */
  readonly maxZipEntries: number
  /** Most non-blank rows in one sheet. */
  readonly maxRows: number
  /** Most columns in one sheet (Excel's own limit is 16,384). */
  readonly maxColumns: number
  /**
   * Most memory one sheet's table may take where it is kept (the main
   * process), estimated as rows arrive: 2 bytes a character plus each
   * cell's and row's bookkeeping (tableBytes). Excel's fullest sheet of
   * product rows (1,048,576 × 10) is about 600 MB; past the limit the read
   * stops with a plain message instead of the app running out of memory.
   */
  readonly maxTableBytes: number
  /** Wall-clock budget for one read, worker start-up included, in milliseconds. */
  readonly timeoutMs: number
  /** V8 old-generation heap ceiling of the parsing worker, in MB. */
  readonly maxOldGenerationSizeMb: number
}

/** The limits used when a caller sets none. */
export const DEFAULT_SHEET_LIMITS: SheetLimits = Object.freeze({
  maxFileBytes: MAX_SHEET_FILE_BYTES,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxCompressionRatio: 1000,
  maxZipEntries: 10_000,
  maxRows: 1_048_576,
  maxColumns: 16_384,
  maxTableBytes: 1024 * 1024 * 1024,
  timeoutMs: 120_000,
  maxOldGenerationSizeMb: 2048
})

/** Merges overrides onto the defaults, refusing nonsense (a NaN or negative limit would silently disable a guard). */
export function resolveLimits(overrides: Partial<SheetLimits> = {}): SheetLimits {
  const merged: SheetLimits = { ...DEFAULT_SHEET_LIMITS, ...overrides }
  for (const [name, value] of Object.entries(merged)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new RangeError(`Sheet limit ${name} must be a positive number, got ${String(value)}`)
    }
  }
  return Object.freeze(merged)
}
