import { describe, expect, it } from 'vitest'
import { attributeSummary, batchSummarySchema } from '../../../src/core/services/omnicommerce/batch-summary'

const parse = (v: unknown) => batchSummarySchema.parse(v)

describe('attributeSummary', () => {
  it('attributes the seed\'s mixed example by id and marks the rest accepted, in sent order', () => {
    const seed = parse({ accept: 1, failure: 2, failureList: [{ id: 'A1000', errors: 'bad reqeust' }, { id: 'A1002', errors: 'Block duplicate products.' }] })
    expect(attributeSummary(['A1000', 'A1001', 'A1002'], seed)).toEqual({
      accepted: 1, failed: 2,
      items: [{ id: 'A1000', ok: false, error: 'bad reqeust' }, { id: 'A1001', ok: true }, { id: 'A1002', ok: false, error: 'Block duplicate products.' }]
    })
  })

  it('reports a problem instead of guessing when the summary does not add up', () => {
    // The seed's own DELETE "all failed" example has failure: 2 with one entry.
    expect(attributeSummary(['A1000', 'A1001'], parse({ accept: 0, failure: 2, failureList: [{ id: 'A1000', errors: 'bad reqeust' }] }))).toHaveProperty('problem')
    expect(attributeSummary(['A1'], parse({ accept: 0, failure: 1, failureList: [{ id: 'B9', errors: 'x' }] }))).toHaveProperty('problem')
    expect(attributeSummary(['A1', 'A2'], parse({ accept: 2, failure: 0, failureList: [] }))).not.toHaveProperty('problem')
    expect(attributeSummary(['A1', 'A2', 'A3'], parse({ accept: 2, failure: 0 }))).toHaveProperty('problem')
    expect(attributeSummary(['A1', 'A2'], parse({ accept: 0, failure: 2, failureList: [{ id: 'A1', errors: 'x' }, { id: 'A1', errors: 'y' }] }))).toHaveProperty('problem')
  })
})
