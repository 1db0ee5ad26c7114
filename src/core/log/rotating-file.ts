import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** How big and how many log files are kept. */
export interface RotationLimits {
  /** A file is rotated once a line would take it past this size. */
  readonly maxBytes: number
  /** Older files kept beside the current one (name.1.log is the newest of them). */
  readonly keep: number
}

/** 1 MiB per file, four older ones: a few months of a shop's uploads in under 5 MiB. */
export const DEFAULT_ROTATION: RotationLimits = { maxBytes: 1024 * 1024, keep: 4 }

/**
 * A text file that only grows by whole lines and rolls over to numbered
 * older files (sheetport.log → sheetport.1.log → … ) when it is full.
 * Writes are synchronous so the last lines before a crash are on disk, and
 * they never throw: a log that cannot be written must not stop an upload.
 * Several processes (the app and a CLI run) may share one: each append is
 * one write in append mode, and a rotation re-checks the size first.
 */
export class RotatingFile {
  readonly #folder: string
  readonly #base: string
  readonly #limits: RotationLimits
  #size: number | undefined
  #broken = false

  constructor(folder: string, base: string, limits: RotationLimits = DEFAULT_ROTATION) {
    this.#folder = folder
    this.#base = base
    this.#limits = limits
  }

  /** The file being written now. */
  get path(): string {
    return join(this.#folder, `${this.#base}.log`)
  }

  /** The path of the n-th older file (1 is the newest). */
  olderPath(n: number): string {
    return join(this.#folder, `${this.#base}.${n}.log`)
  }

  /** Appends one line; false when the log could not be written (the disk is full, the folder is read-only). */
  append(line: string): boolean {
    const text = `${line.replace(/[\r\n]+/g, ' ')}\n`
    const bytes = Buffer.byteLength(text)
    try {
      mkdirSync(this.#folder, { recursive: true })
      this.#size ??= this.#currentSize()
      if (this.#size > 0 && this.#size + bytes > this.#limits.maxBytes) this.#rotate(bytes)
      appendFileSync(this.path, text, { mode: 0o600 })
      this.#size += bytes
      this.#broken = false
      return true
    } catch {
      // Try afresh next time (the disk may have room again); never let a log failure escape.
      this.#size = undefined
      this.#broken = true
      return false
    }
  }

  /** Whether the last write failed. */
  get broken(): boolean {
    return this.#broken
  }

  #currentSize(): number {
    try {
      return statSync(this.path).size
    } catch {
      return 0
    }
  }

  #rotate(incoming: number): void {
    // Another process may have rotated already: only roll a file that is still full.
    const size = this.#currentSize()
    if (size > 0 && size + incoming > this.#limits.maxBytes) {
      rmSync(this.olderPath(this.#limits.keep), { force: true })
      for (let n = this.#limits.keep - 1; n >= 1; n--) renameIfThere(this.olderPath(n), this.olderPath(n + 1))
      renameIfThere(this.path, this.olderPath(1))
    }
    this.#size = this.#currentSize()
  }
}

function renameIfThere(from: string, to: string): void {
  try {
    renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}
