/**
 * Whether two rows hold the same values, leaving out some columns (a job
 * keeps no passwords, so those columns can't be compared). A missing cell
 * and an empty one are the same: readers drop trailing empty cells.
 */
export function sameCells(a: readonly string[], b: readonly string[], skip: ReadonlySet<number>): boolean {
  for (let c = 0; c < Math.max(a.length, b.length); c++) {
    if (!skip.has(c) && (a[c] ?? '') !== (b[c] ?? '')) return false
  }
  return true
}
