import type { Faults, PracticeService } from '../../src/core/practice/types'

/** What the parent asks the emulator's process (emulator-child.ts); `id` pairs each with its reply. */
export type EmulatorCommand =
  | { readonly id: number; readonly op: 'set-faults'; readonly service: PracticeService; readonly faults: Faults }
  | { readonly id: number; readonly op: 'set-limit'; readonly service: PracticeService; readonly rps: number | null }
  | { readonly id: number; readonly op: 'requests'; readonly service: PracticeService }

/** The emulator's answer to one command. */
export interface EmulatorReply {
  readonly id: number
  readonly result: unknown
}
