import { describe, expect, it } from 'vitest'
import { interleavedRuns, pairedRuns } from '../../../bench/lib/paired-runs'

describe('interleaved bench runs', () => {
  it('measures one at a time, each round starting with the next contender in turn', async () => {
    const order: string[] = []
    const rounds = await interleavedRuns(['a', 'b', 'c'], ['x'], 4, async (contender, item) => {
      order.push(contender)
      return `${contender}${item}${order.length}`
    })
    expect(order.join('')).toBe('abcbcacababc')
    expect(rounds.x).toHaveLength(4)
    expect(rounds.x[1]).toEqual({ b: 'bx4', c: 'cx5', a: 'ax6' })
  })

  it('alternates which side of a pair goes first', async () => {
    const order: string[] = []
    const pairs = await pairedRuns(['csv', 'xlsx'], 2, async (side, item) => {
      order.push(`${side}:${item}`)
      return order.length
    })
    expect(order).toEqual(['sheetport:csv', 'sheetjs:csv', 'sheetport:xlsx', 'sheetjs:xlsx', 'sheetjs:csv', 'sheetport:csv', 'sheetjs:xlsx', 'sheetport:xlsx'])
    expect(pairs.csv).toEqual([{ sheetport: 1, sheetjs: 2 }, { sheetjs: 5, sheetport: 6 }])
  })
})
