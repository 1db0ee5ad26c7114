/** The two sides of a CPU-bound figure: Sheetport's own path, and SheetJS doing the same job its plain way. */
export type Side = 'sheetport' | 'sheetjs'

/** Both sides' measurements of one case in one run. */
export type Pair<M> = Readonly<Record<Side, M>>

const SIDES: readonly Side[] = ['sheetport', 'sheetjs']

/** The contenders in the order round `round` measures them: the list turned by one place per round. */
function roundOrder<S>(contenders: readonly S[], round: number): S[] {
  const turn = round % contenders.length
  return [...contenders.slice(turn), ...contenders.slice(0, turn)]
}

/**
 * Measures every contender on every case `runs` times, one measurement at a
 * time (they compete for the same cores), each round starting with the next
 * contender in turn so a slow spell on the machine does not always land on
 * the same one. Gives, per case, one record of all contenders per round.
 */
export async function interleavedRuns<S extends string, C extends string, M>(
  contenders: readonly S[],
  cases: readonly C[],
  runs: number,
  measure: (contender: S, item: C) => Promise<M>
): Promise<Record<C, Readonly<Record<S, M>>[]>> {
  const rounds = Object.fromEntries(cases.map((c) => [c, [] as Record<S, M>[]])) as Record<C, Record<S, M>[]>
  for (let i = 0; i < runs; i++) {
    for (const item of cases) {
      const round: Partial<Record<S, M>> = {}
      for (const contender of roundOrder(contenders, i)) round[contender] = await measure(contender, item)
      rounds[item].push(round as Record<S, M>)
    }
  }
  return rounds
}

/** interleavedRuns() for the two sides: Sheetport and SheetJS alternate which goes first. */
export function pairedRuns<C extends string, M>(cases: readonly C[], runs: number, measure: (side: Side, item: C) => Promise<M>): Promise<Record<C, Pair<M>[]>> {
  return interleavedRuns(SIDES, cases, runs, measure)
}
