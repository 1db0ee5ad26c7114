import { describe, expect, it } from 'vitest'
import type { RequestLogEntry } from '../../../src/core/practice/types'
import { perSecond, refusedShare, uploadSample } from '../../../bench/upload/upload-sample'

function entry(status: number | null, at = 10_500): RequestLogEntry {
  return { service: 'omnicommerce', method: 'POST', path: '/omnicommerce/2022-08/management/products', at, status, outcome: status === null ? 'pending' : 'answered', fault: null }
}

describe('upload samples from the emulator log', () => {
  it('counts requests and 429s and turns them into a rate and a refused share', () => {
    const sample = uploadSample(1_000, 4_000, 10_000, [entry(202), entry(429), entry(202, 11_000), entry(202, 12_000)])
    expect(sample).toEqual({ accepted: 1_000, wallMs: 4_000, firstRequestMs: 500, requests: 4, refused: 1 })
    expect(perSecond(sample)).toBe(250)
    expect(refusedShare(sample)).toBe(0.25)
  })

  it('has no refused share and no time before the first request without requests', () => {
    const sample = uploadSample(0, 1, 10_000, [])
    expect(refusedShare(sample)).toBe(0)
    expect(sample.firstRequestMs).toBe(0)
  })
})
