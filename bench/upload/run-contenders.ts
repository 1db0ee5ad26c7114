import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { runChild } from '../lib/child-run'
import type { ContenderId } from './contender-child'
import type { UploadSample } from './upload-sample'

const CHILD = join(__dirname, 'contender-child.ts')
/**
 * Contenders start this far apart, so their CPU-heavy preparation (mapping,
 * checking and journaling every row) never overlaps on the shared cores;
 * their sending, which waits on the limit, does.
 */
const STAGGER_MS = 2_000

/**
 * Runs a figure's contenders side by side, each in its own process against
 * its own emulator, the first named first, `runs` times; returns each
 * contender's samples in run order.
 */
export async function runContenders<K extends string>(contenders: Readonly<Record<K, ContenderId>>, runs: number): Promise<Record<K, UploadSample[]>> {
  const keys = Object.keys(contenders) as K[]
  const samples = Object.fromEntries(keys.map((k) => [k, [] as UploadSample[]])) as Record<K, UploadSample[]>
  for (let i = 0; i < runs; i++) {
    const results = await Promise.all(keys.map((k, j) => sleep(j * STAGGER_MS).then(() => runChild<UploadSample>(CHILD, [contenders[k]]))))
    keys.forEach((k, j) => {
      const result = results[j]
      if (result !== undefined) samples[k].push(result)
    })
  }
  return samples
}
