import { FIXTURE_EXPECTATIONS, fixtureTable } from '../../test/unit/mapping/platform-fixtures/load'
import { scoreFixtures, type SetScore } from '../../test/unit/mapping/platform-fixtures/score'
import { percent } from '../lib/format'
import type { FigureBody, ResultRow } from '../lib/types'
import { MATCH_CONTENDERS, MATCHERS, type MatchContender } from './contenders'

/** Issue 14's aim: at least this share of the columns with a counterpart on the right field… */
const AIM_RIGHT = 0.95
/** …and at most this share of the mapped columns on a wrong one. */
const AIM_WRONG = 0.01

/** One contender's figures on the whole set. */
interface MatchTally {
  readonly score: SetScore
  readonly rightShare: number
  /** Wrong columns ÷ every scored column the matcher mapped (right + wrong). */
  readonly wrongShare: number
  readonly met: boolean
}

function tally(score: SetScore): MatchTally {
  const rightShare = score.right / score.counterparts
  const wrongShare = score.wrong.length / (score.right + score.wrong.length)
  return { score, rightShare, wrongShare, met: rightShare >= AIM_RIGHT && wrongShare <= AIM_WRONG }
}

const aim = `≥ ${AIM_RIGHT * 100} % right, ≤ ${AIM_WRONG * 100} % wrong`

/**
 * Figure 8: on the platform exports collected for issue 14
 * (test/fixtures/platform-exports, expectations and scoring shared with
 * test/unit/mapping/platform-fixtures.test.ts), the share of columns with a
 * counterpart that each matcher puts on the right field, and how many it
 * puts on a wrong one — the app's matcher, the same without its platform
 * presets, and the matcher before issue 14 frozen in bench/mapping/baseline.
 * Deterministic: one run.
 */
export async function platformMatching(): Promise<FigureBody> {
  const tallies = Object.fromEntries(
    MATCH_CONTENDERS.map((c) => [c, tally(scoreFixtures(FIXTURE_EXPECTATIONS, (fixture) => MATCHERS[c].map(fixtureTable(fixture), fixture.target)))])
  ) as Record<MatchContender, MatchTally>
  const row = (c: MatchContender): ResultRow => {
    const t = tallies[c]
    return {
      label: MATCHERS[c].label,
      cells: [String(t.score.counterparts), String(t.score.right), percent(t.rightShare), String(t.score.wrong.length), percent(t.wrongShare), t.met ? 'yes' : 'no']
    }
  }
  const brief = (c: MatchContender) => `${percent(tallies[c].rightShare)} right, ${tallies[c].score.wrong.length} wrong`
  const { app } = tallies
  const formats = FIXTURE_EXPECTATIONS.length
  return {
    firstColumn: 'Matcher',
    columns: ['columns with a counterpart', 'right', 'right %', 'wrong', 'wrong % of mapped', `aim (${aim})`],
    rows: MATCH_CONTENDERS.map(row),
    headline: {
      measure: `${formats} collected platform header rows (${app.score.counterparts} columns with a counterpart): columns on the right field; columns on a wrong one`,
      sheetport: `${brief('app')}; presets off ${brief('presetsOff')}`,
      baseline: `before issue 14: ${brief('baseline')}`,
      aim,
      met: app.met
    },
    meaning:
      `The set is the ${formats} header rows of real exports and upload templates collected for issue 14 (test/fixtures/platform-exports, sources in SOURCES.md), with their sample rows where the source had some, and the field each column means written down from the platform's own documentation (test/unit/mapping/platform-fixtures). ` +
      `"Columns with a counterpart" are the columns that mean one of the target's fields; "right" is how many of them the matcher put on that field; "wrong" counts every column it put on a field the column does not mean, including columns that mean none; "wrong % of mapped" is wrong ÷ (right + wrong). ` +
      `Columns where more than one answer is defensible are left out, and a repeated header counts its first column only — the same scoring as the unit test, imported from it. ` +
      `The app's matcher (autoMapTable, what the app and the CLI call) applies a recognised platform's preset, then header words confirmed by the column's values: ${brief('app')}. ` +
      `With the presets off — what a platform or layout not in the registry gets — it reaches ${brief('presetsOff')}. ` +
      `The baseline is the matcher as it was before issue 14, frozen from commit b1cea31 under bench/mapping/baseline (header text only, today's field catalog): ${brief('baseline')}. ` +
      `Matching is deterministic, so this figure is one run: no paired rounds, no medians, and the numbers do not vary with the machine.`
  }
}
