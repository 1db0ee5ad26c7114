import { describe, expect, it } from 'vitest'
import { autoMapTable } from '../../../src/core/mapping'
import { FIXTURE_EXPECTATIONS, fixtureTable } from './platform-fixtures/load'
import { scoreMapping, type Miss } from './platform-fixtures/score'

/*
 * The figure of issue 14: on the collected platform exports, the share of
 * columns with a counterpart that the automatic mapping puts on the right
 * field, and the number it puts on a wrong one.
 */

const RIGHT_AT_LEAST = 0
const WRONG_AT_MOST = 1000

const line = (m: Miss): string => `  ${m.file} “${m.header.replace(/\n/g, '⏎')}”: expected ${m.expected ?? '—'}, got ${m.actual ?? '—'}`

describe('automatic mapping on real platform exports', () => {
  it('puts the columns with a counterpart on the right field and no column on a wrong one', () => {
    let counterparts = 0
    let right = 0
    const wrong: Miss[] = []
    const unmatched: Miss[] = []
    for (const fixture of FIXTURE_EXPECTATIONS) {
      const score = scoreMapping(fixture, autoMapTable(fixtureTable(fixture), fixture.target))
      counterparts += score.counterparts
      right += score.right
      wrong.push(...score.wrong)
      unmatched.push(...score.unmatched)
    }
    const share = right / counterparts
    console.log(
      [`platform fixtures: ${right}/${counterparts} right (${(share * 100).toFixed(1)}%), ${wrong.length} wrong`, 'wrong:', ...wrong.map(line), 'unmatched:', ...unmatched.map(line)].join('\n')
    )
    expect(wrong.length).toBeLessThanOrEqual(WRONG_AT_MOST)
    expect(share).toBeGreaterThanOrEqual(RIGHT_AT_LEAST)
  })
})
