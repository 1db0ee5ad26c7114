import type { EventName, PayloadOf } from '../../shared/ipc/contract'

type Listener = (event: EventName, payload: unknown) => void

/**
 * The core's single outlet for push events. Transports subscribe once and
 * forward everything (to windows, or to browser streams); the core never
 * knows which transport is listening.
 */
export class EventBus {
  readonly #listeners = new Set<Listener>()

  /** Sends an event to every transport. */
  emit<E extends EventName>(event: E, payload: PayloadOf<E>): void {
    for (const listener of this.#listeners) listener(event, payload)
  }

  /** Adds a transport; returns the function that removes it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }
}
