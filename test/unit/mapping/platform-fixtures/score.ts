import type { ColumnMapping } from '../../../../src/shared/mapping'
import type { FixtureExpectation } from './types'

/** One column the matcher got wrong: what it should be and what it became (null = nothing). */
export interface Miss {
  readonly file: string
  readonly header: string
  readonly expected: string | null
  readonly actual: string | null
}

/** How one mapping compares with its expectation. */
export interface FixtureScore {
  /** Columns with a counterpart. */
  readonly counterparts: number
  /** Of those, the ones on the right field. */
  readonly right: number
  /** Columns mapped to a field they do not mean (including columns that mean nothing). */
  readonly wrong: readonly Miss[]
  /** Columns with a counterpart left unmatched. */
  readonly unmatched: readonly Miss[]
}

/** Compares a proposed mapping with the written-down expectation, column by column. */
export function scoreMapping(fixture: FixtureExpectation, mapping: ColumnMapping): FixtureScore {
  let counterparts = 0
  let right = 0
  const wrong: Miss[] = []
  const unmatched: Miss[] = []
  const seen = new Set<string>()
  mapping.headers.forEach((header, column) => {
    if (fixture.unscored?.[header] !== undefined) return
    const a = mapping.columns[column]
    const actual = a?.kind === 'field' ? a.field : null
    // A repeated header (Godomall's 아이콘 코드, ESM's 인증타입) counts its first column only.
    const first = !seen.has(header)
    seen.add(header)
    const expected = first ? (fixture.fields[header] ?? null) : null
    if (expected !== null) counterparts++
    if (expected !== null && actual === expected) right++
    else if (actual !== null) wrong.push({ file: fixture.file, header, expected, actual })
    else if (expected !== null) unmatched.push({ file: fixture.file, header, expected, actual })
  })
  return { counterparts, right, wrong, unmatched }
}

/** A whole set's scores added up: the misses listed, file by file. */
export interface SetScore {
  readonly counterparts: number
  readonly right: number
  readonly wrong: readonly Miss[]
  readonly unmatched: readonly Miss[]
}

/** Maps every fixture with `map` and adds up how each mapping compares with its expectation. */
export function scoreFixtures(fixtures: readonly FixtureExpectation[], map: (fixture: FixtureExpectation) => ColumnMapping): SetScore {
  const scores = fixtures.map((fixture) => scoreMapping(fixture, map(fixture)))
  return {
    counterparts: scores.reduce((n, s) => n + s.counterparts, 0),
    right: scores.reduce((n, s) => n + s.right, 0),
    wrong: scores.flatMap((s) => s.wrong),
    unmatched: scores.flatMap((s) => s.unmatched)
  }
}
