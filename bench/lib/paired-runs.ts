/** The two sides of a CPU-bound figure: Sheetport's own path, and SheetJS doing the same job its plain way. */
export type Side = 'sheetport' | 'sheetjs'

/** Both sides' measurements of one case in one run. */
export type Pair<M> = Readonly<Record<Side, M>>

/**
 * Measures both sides of every case `runs` times, one measurement at a time
 * (they compete for the same cores), alternating which side goes first so a
 * slow spell on the machine does not always land on the same one.
 */
export async function pairedRuns<C extends string, M>(cases: readonly C[], runs: number, measure: (side: Side, item: C) => Promise<M>): Promise<Record<C, Pair<M>[]>> {
  const pairs = Object.fromEntries(cases.map((c) => [c, [] as Pair<M>[]])) as Record<C, Pair<M>[]>
  for (let i = 0; i < runs; i++) {
    for (const item of cases) {
      const first: Side = i % 2 === 0 ? 'sheetport' : 'sheetjs'
      const second: Side = first === 'sheetport' ? 'sheetjs' : 'sheetport'
      const a = await measure(first, item)
      const b = await measure(second, item)
      pairs[item].push(first === 'sheetport' ? { sheetport: a, sheetjs: b } : { sheetport: b, sheetjs: a })
    }
  }
  return pairs
}
