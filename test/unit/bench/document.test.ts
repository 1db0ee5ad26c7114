import { describe, expect, it } from 'vitest'
import { benchmarksMarkdown } from '../../../bench/lib/document'
import { markdownTable } from '../../../bench/lib/markdown'
import type { FigureResult } from '../../../bench/lib/types'

const figure: FigureResult = {
  id: 1,
  title: 'Products throughput',
  runs: 3,
  firstColumn: 'Sender',
  columns: ['products/s'],
  rows: [{ label: 'Sheetport', cells: ['480'] }],
  headline: { measure: 'products/s', sheetport: '96.0 %', baseline: 'sequential 57 %', aim: '≥ 95 %', met: false },
  meaning: 'What it means.'
}

describe('BENCHMARKS.md', () => {
  it('pads table columns and escapes pipes so a cell cannot break the table', () => {
    const table = markdownTable(['a', 'long header'], [['x|y', '1']]).split('\n')
    expect(table[0]).toBe('| a    | long header |')
    expect(table[1]).toBe('|------|-------------|')
    expect(table[2]).toBe('| x\\|y | 1           |')
  })

  it('names the command, the date and the machine, says which aims were missed and why a figure was skipped', () => {
    const text = benchmarksMarkdown({
      command: 'BENCH_RUNS=3 npm run bench',
      date: new Date('2026-01-02T03:04:05Z'),
      machine: { cpu: 'Test CPU', cores: 2, memoryGiB: 8, node: 'v20.0.0', os: 'Debian' },
      elapsedMs: 125_000,
      outcomes: [figure, { id: 6, title: 'Renderer', reason: 'the review grid does not exist yet.' }]
    })
    expect(text).toContain('`BENCH_RUNS=3 npm run bench` on 2026-01-02 03:04 UTC in 2 min 5 s')
    expect(text).toContain('Test CPU, 2 cores, 8 GiB RAM, Node v20.0.0, Debian')
    expect(text).toContain('| 1   | Products throughput (median of 3 runs)')
    expect(text).toContain('Aim (≥ 95 %): **not met**.')
    expect(text).toContain('**What the numbers mean.** What it means.')
    expect(text).toContain('Not measured: the review grid does not exist yet.')
  })
})
