import type { WorkItem } from '../upload'

/**
 * A row to send whose request body is built each time it is read, from the
 * row still in the table, instead of being stored: a job of a million rows
 * holds a million of these for its whole life, and a built product is
 * several times the size of the cells it comes from. Adapters read the
 * payload once per request (payloadOf), so each request carries one
 * consistent body; nothing compares payloads by identity.
 */
export class LazyWorkItem implements WorkItem {
  readonly index: number
  readonly key: string
  readonly #build: (index: number) => unknown

  constructor(index: number, key: string, build: (index: number) => unknown) {
    this.index = index
    this.key = key
    this.#build = build
  }

  /** The row's request body, built now. */
  get payload(): unknown {
    return this.#build(this.index)
  }
}
