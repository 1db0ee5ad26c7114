import { syncFolder } from '../fs/atomic-write'
import { open, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { JournalWriteError } from './journal-errors'

/**
 * An append-only file where each append is on disk (fsync) before its
 * promise resolves. Appends are serialised; after one fails, every later one
 * fails too, so a half-written line can never be followed by good ones.
 */
export class DurableAppendFile {
  #tail: Promise<void> = Promise.resolve()
  #broken: JournalWriteError | undefined
  #closed = false

  private constructor(
    private readonly handle: FileHandle,
    readonly path: string
  ) {}

  /** Creates a new file (refusing to overwrite one) and makes its directory entry durable. */
  static async create(path: string): Promise<DurableAppendFile> {
    const handle = await open(path, 'wx', 0o600)
    await syncFolder(dirname(path))
    return new DurableAppendFile(handle, path)
  }

  /** Opens an existing file for appending, first cutting off a torn tail beyond `validBytes`. */
  static async reopen(path: string, validBytes: number): Promise<DurableAppendFile> {
    const handle = await open(path, 'a', 0o600)
    try {
      const { size } = await handle.stat()
      if (size > validBytes) {
        await handle.truncate(validBytes)
        await handle.sync()
      }
    } catch (error) {
      await handle.close()
      throw error
    }
    return new DurableAppendFile(handle, path)
  }

  /** Appends `text` and fsyncs; resolves only when it is on disk. */
  append(text: string): Promise<void> {
    const run = this.#tail.then(() => this.#write(text))
    this.#tail = run.catch(() => {})
    return run
  }

  /** Waits for pending appends, then closes the file. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    await this.#tail
    await this.handle.close()
  }

  async #write(text: string): Promise<void> {
    if (this.#broken !== undefined) throw this.#broken
    if (this.#closed) throw new JournalWriteError("The job's journal is already closed.")
    try {
      const bytes = Buffer.from(text, 'utf8')
      let offset = 0
      while (offset < bytes.length) {
        const { bytesWritten } = await this.handle.write(bytes, offset, bytes.length - offset)
        offset += bytesWritten
      }
      await this.handle.sync()
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'unknown'
      this.#broken = new JournalWriteError(`Could not save the job's progress to disk (${code}). The upload stopped so no row is sent twice; free some disk space and resume.`)
      throw this.#broken
    }
  }
}
