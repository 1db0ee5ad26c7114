import { z } from 'zod'
import type { ImportView } from '../../import-view'
import { columnMappingSchema } from '../../mapping-schema'
import { TARGETS } from '../../targets'
import { answers } from './define'

const sessionId = z.uuid()
/** Bigger than the reader's own limit, which refuses with a friendlier message. */
const MAX_FILE_BYTES = 512 * 1024 * 1024

/** The import flow: open a file, choose sheet, header row and target, match columns. */
export const IMPORT_CHANNELS = {
  'import:open': {
    request: z.strictObject({
      fileName: z.string().min(1).max(255),
      bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_FILE_BYTES)
    }),
    response: answers<ImportView>()
  },
  'import:choose-sheet': {
    request: z.strictObject({ sessionId, sheetName: z.string().min(1).max(255) }),
    response: answers<ImportView>()
  },
  'import:set-header-row': {
    request: z.strictObject({ sessionId, headerIndex: z.number().int().min(0).max(1_000_000) }),
    response: answers<ImportView>()
  },
  'import:set-target': {
    request: z.strictObject({ sessionId, target: z.enum(TARGETS) }),
    response: answers<ImportView>()
  },
  'import:set-mapping': {
    request: z.strictObject({ sessionId, mapping: columnMappingSchema }),
    response: answers<ImportView>()
  }
} as const
