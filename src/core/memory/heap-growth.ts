import { setFlagsFromString } from 'node:v8'

/**
 * How far V8 lets a heap grow past what was live at its last full
 * collection before collecting again: 20 %. Left to itself V8 grows a busy
 * heap up to fourfold, so a process holding a 1 GB table while it checks a
 * million rows swells past 2.5 GB of garbage; at 20 % the same work peaks
 * near 1.3 GB for a few percent more time spent collecting (BENCHMARKS.md,
 * figure 10). Passed to the parser process on its command line.
 */
export const HEAP_GROWTH_FLAG = '--heap-growing-percent=20'

/** Applies HEAP_GROWTH_FLAG to this process's V8 (read at every collection, so it takes effect once set). Called first by every Sheetport process that holds tables: the app's core, the CLI. */
export function growHeapSlowly(): void {
  setFlagsFromString(HEAP_GROWTH_FLAG)
}
