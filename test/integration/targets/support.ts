import type { MappedRow } from '../../../src/shared/mapping'
import type { TargetId } from '../../../src/shared/targets'
import { buildRequest, type BuildOptions } from '../../../src/core/targets'
import type { CallContext, WorkItem } from '../../../src/core/upload/target-adapter'

/** A mapped row from plain field → value pairs (empty values left out, as applyMapping does). */
export function row(rowNumber: number, values: Record<string, string>): MappedRow {
  return { rowNumber, values: new Map(Object.entries(values).filter(([, v]) => v !== '')) }
}

/** Work items for rows, built the way the app builds them; also each row's generated password. */
export function itemsFor(target: TargetId, rows: readonly MappedRow[], options: BuildOptions = {}): { items: WorkItem[]; passwords: (string | null)[] } {
  const built = rows.map((r) => buildRequest(target, r, options))
  return { items: built.map((b, index) => ({ index, key: b.key, payload: b.payload })), passwords: built.map((b) => b.generatedPassword) }
}

/** A CallContext that runs requests at once and counts them: the engine's paced() without a pacer. */
export function countingContext(): CallContext & { calls: number } {
  const controller = new AbortController()
  const context = {
    calls: 0,
    signal: controller.signal,
    paced<T>(request: (signal: AbortSignal) => Promise<T>): Promise<T> {
      context.calls++
      return request(controller.signal)
    }
  }
  return context
}

/** A fresh signal for send(). */
export const signal = (): AbortSignal => new AbortController().signal

/** What a promise rejected with (fails the test if it resolved). */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a rejection')
    },
    (err: unknown) => err
  )
}

/** Milliseconds of sleep. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
