/**
 * The rows sharing each natural key (product id, email, profile name), kept
 * in row order, so one edit can re-check just the rows its old and new key
 * touch instead of the whole file. The first row of a group is the one that
 * counts; every later one is a repeat of it (as validateRows decides).
 */
export class DuplicateGroups {
  readonly #rows = new Map<string, number[]>()

  /** Puts a row into its key's group (a row without a key belongs to none). */
  add(key: string | undefined, index: number): void {
    if (key === undefined || key === '') return
    const group = this.#rows.get(key)
    if (group === undefined) {
      this.#rows.set(key, [index])
      return
    }
    if (index > (group[group.length - 1] ?? -1)) group.push(index)
    else group.splice(insertionPoint(group, index), 0, index)
  }

  /** Takes a row out of its key's group. */
  remove(key: string | undefined, index: number): void {
    if (key === undefined || key === '') return
    const group = this.#rows.get(key)
    if (group === undefined) return
    const at = insertionPoint(group, index)
    if (group[at] === index) group.splice(at, 1)
    if (group.length === 0) this.#rows.delete(key)
  }

  /** Every row with this key, in order. */
  members(key: string | undefined): readonly number[] {
    return key === undefined || key === '' ? [] : (this.#rows.get(key) ?? [])
  }

  /** The earlier row that `index` repeats, or null when it is the first (or only) one with its key. */
  repeatOf(key: string | undefined, index: number): number | null {
    const first = this.members(key)[0]
    return first === undefined || first === index ? null : first
  }
}

/** Where `index` is, or would go, in a sorted group (binary search: groups can be large). */
function insertionPoint(group: readonly number[], index: number): number {
  let low = 0
  let high = group.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((group[mid] ?? 0) < index) low = mid + 1
    else high = mid
  }
  return low
}
