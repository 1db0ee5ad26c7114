import { describe, expect, it } from 'vitest'
import type { RequestLogEntry } from '../../../src/core/practice/types'
import { perSecond, refusedShare, uploadSample } from '../../../bench/upload/upload-sample'

function entry(status: number | null): RequestLogEntry {
  return { service: 'omnicommerce', method: 'POST', path: '/omnicommerce/2022-08/management/products', at: 0, status, outcome: status === null ? 'pending' : 'answered', fault: null }
}

describe('upload samples from the emulator log', () => {
  it('counts requests and 429s and turns them into a rate and a refused share', () => {
    const sample = uploadSample(1_000, 4_000, [entry(202), entry(429), entry(202), entry(202)])
    expect(sample).toEqual({ accepted: 1_000, wallMs: 4_000, requests: 4, refused: 1 })
    expect(perSecond(sample)).toBe(250)
    expect(refusedShare(sample)).toBe(0.25)
  })

  it('has no refused share without requests', () => {
    expect(refusedShare(uploadSample(0, 1, []))).toBe(0)
  })
})
