import { checkCfbComplete } from './cfb-check'
import { detectContainer, type Container } from './detect-format'
import { SheetError } from './errors'
import type { SheetLimits } from './limits'
import { readZipDirectory, type ZipEntry } from './zip-directory'
import { checkZipDeclaredSizes } from './zip-guard'

/** What the cheap checks learned, so the worker need not re-learn it. */
export interface Prechecked {
  readonly container: Container
  /** Central-directory entries, for zip containers only. */
  readonly entries: readonly ZipEntry[]
}

const MB = 1024 * 1024

/**
 * The refusals that cost almost nothing (size, magic bytes, zip directory,
 * OLE allocation table), run in the calling thread before a worker is even
 * started, and again by the worker so it never trusts its caller.
 */
export function precheck(bytes: Uint8Array, limits: SheetLimits): Prechecked {
  if (bytes.length > limits.maxFileBytes) {
    throw new SheetError('sheet.too-large', { limitMb: Math.round(limits.maxFileBytes / MB) })
  }
  const container = detectContainer(bytes)
  if (container === 'zip') {
    const entries = readZipDirectory(bytes, limits.maxZipEntries)
    if (entries.length === 0) throw new SheetError('sheet.unsupported-format')
    checkZipDeclaredSizes(entries, limits)
    return { container, entries }
  }
  if (container === 'cfb') checkCfbComplete(bytes)
  return { container, entries: [] }
}
