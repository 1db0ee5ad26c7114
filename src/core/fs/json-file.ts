import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { writeFileAtomic } from './atomic-write'

/**
 * A JSON document kept in one file of the app's data folder: load gives
 * null when the file is missing or unreadable (callers validate what they
 * get), save writes atomically.
 */
export function jsonFile(path: string): { load(): Promise<unknown>; save(data: unknown): Promise<void> } {
  return {
    load: () =>
      readFile(path, 'utf8').then(
        (text) => JSON.parse(text) as unknown,
        () => null
      ),
    async save(data) {
      await mkdir(dirname(path), { recursive: true })
      await writeFileAtomic(path, JSON.stringify(data))
    }
  }
}
