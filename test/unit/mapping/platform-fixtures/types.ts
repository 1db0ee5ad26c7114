import type { TargetId } from '../../../../src/shared/targets'

/**
 * What one fixture file under test/fixtures/platform-exports should map to,
 * written down from the platform's own documentation of each column (not
 * from what the matcher does). Columns not listed in `fields` have no
 * counterpart: they must stay unmatched. Columns in `unscored` are left out
 * of the count because more than one answer is defensible (the reason is
 * next to each).
 */
export interface FixtureExpectation {
  /** Path under test/fixtures/platform-exports. */
  readonly file: string
  readonly target: TargetId
  /** 0-based index of the column header row (rows above are titles). */
  readonly headerRow: number
  /** 0-based index of the first real data row; null when the file has none (only notes under the header). */
  readonly dataFrom: number | null
  /** The format name the app should recognise (its registry id), or null. */
  readonly format: string | null
  /** Header text (as in the file) → the field it means. */
  readonly fields: Readonly<Record<string, string>>
  /** Header texts not scored, each with why. */
  readonly unscored?: Readonly<Record<string, string>>
}
