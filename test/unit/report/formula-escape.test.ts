import { describe, expect, it } from 'vitest'
import { escapeCell, unescapeCell } from '../../../src/core/report/formula-escape'

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r']

/** True when a spreadsheet program could take the text as a formula (OWASP's rule, signed numbers aside). */
function dangerous(text: string): boolean {
  return TRIGGERS.includes(text.charAt(0)) && !/^[+-](?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)
}

/** Every string of up to `max` characters over `alphabet`. */
function* allStrings(alphabet: readonly string[], max: number): Generator<string> {
  let layer = ['']
  yield ''
  for (let length = 1; length <= max; length++) {
    const next: string[] = []
    for (const prefix of layer) for (const ch of alphabet) next.push(prefix + ch)
    yield* next
    layer = next
  }
}

/** A small seeded generator (mulberry32), so a failure repeats. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('escapeCell and unescapeCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+82-10-1234-5678', "'+82-10-1234-5678"],
    ['-x', "'-x"],
    ['@home', "'@home"],
    ['\tindented', "'\tindented"],
    ['\rcarriage', "'\rcarriage"],
    ['-', "'-"],
    ['=', "'="],
    ['-1+1', "'-1+1"],
    ['--5', "'--5"],
    ['+5%', "'+5%"],
    ['-1,000', "'-1,000"],
    // Already apostrophes before a trigger: one more, and one less on the way back.
    ["'=x", "''=x"],
    ["''+y", "'''+y"],
    // Apostrophes before no trigger, or before a plain number: nothing to do.
    ["'already-quoted=", "'already-quoted="],
    ["'-5", "'-5"]
  ])('writes %j as %j and reads it back', (value, written) => {
    expect(escapeCell(value)).toBe(written)
    expect(unescapeCell(written)).toBe(value)
  })

  it.each([['-5'], ['+82'], ['-1.5'], ['-.5'], ['+2E3'], ['-1e-7'], ['-0'], ['5.']])('leaves the signed plain number %j alone', (input) => {
    expect(escapeCell(input)).toBe(input)
  })

  it.each([[''], ['abc'], ['000123'], ['김민수'], ['a=b'], ['2024-01-02'], ["'abc"], ["''"], ["'"], [' =x'], ['＝x']])(
    'leaves %j alone: it starts no formula',
    (input) => {
      expect(escapeCell(input)).toBe(input)
    }
  )

  it('unescapeCell leaves values without an escaping mark alone', () => {
    for (const text of ["'abc", "'", "''", "'-5", '=x', '-5', '', '김', "'already-quoted="]) expect(unescapeCell(text), text).toBe(text)
  })
})

describe('escape and unescape together', () => {
  const ALPHABET = ["'", '=', '+', '-', '@', '\t', '\r', '\n', '1', '.', 'e', 'E', 'a', ' ', '"', '가', '%']

  function checkOne(text: string): void {
    const escaped = escapeCell(text)
    // The round trip is exact.
    if (unescapeCell(escaped) !== text) expect.fail(`round trip of ${JSON.stringify(text)} gave ${JSON.stringify(unescapeCell(escaped))}`)
    // Escaping only ever adds one leading apostrophe, and only when the value needs it.
    const needs = dangerous(text.replace(/^'+/, ''))
    if (escaped !== (needs ? `'${text}` : text)) expect.fail(`escape of ${JSON.stringify(text)} gave ${JSON.stringify(escaped)}`)
    // What is written never starts a formula.
    if (dangerous(escaped)) expect.fail(`${JSON.stringify(escaped)} would run as a formula`)
  }

  it('round-trips every string of up to 4 characters over the tricky characters', () => {
    let count = 0
    for (const text of allStrings(ALPHABET, 4)) {
      checkOne(text)
      count++
    }
    expect(count).toBe(1 + 17 + 17 ** 2 + 17 ** 3 + 17 ** 4)
  })

  it('round-trips long random strings built from the same characters and digits', () => {
    const next = random(20240601)
    const pool = [...ALPHABET, '0', '5', '9', 'x', '_', ',', '\u0000', '😀']
    for (let i = 0; i < 20_000; i++) {
      const length = Math.floor(next() * 24)
      let text = ''
      for (let j = 0; j < length; j++) text += pool[Math.floor(next() * pool.length)]
      checkOne(text)
    }
  })

  it('unescape undoes escape even when applied to already escaped text, layer by layer', () => {
    for (const base of ['=1', "'=1", '-x', '@', '\t', '-5', 'plain']) {
      let text = base
      for (let depth = 0; depth < 5; depth++) text = escapeCell(text)
      for (let depth = 0; depth < 5; depth++) text = unescapeCell(text)
      expect(text).toBe(base)
    }
  })
})
