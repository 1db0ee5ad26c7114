/**
 * A level-free "something changed" signal: waiters re-check their condition
 * after each notify. Lets the feeder loop sleep until a slot frees up, a
 * batch ends or the job is resumed, without polling.
 */
export class Wakeup {
  #waiters: Array<() => void> = []

  /** Resolves at the next notify(). Check your condition before calling. */
  wait(): Promise<void> {
    return new Promise((resolve) => this.#waiters.push(resolve))
  }

  /** Wakes every current waiter. */
  notify(): void {
    const waiters = this.#waiters
    this.#waiters = []
    for (const wake of waiters) wake()
  }
}
