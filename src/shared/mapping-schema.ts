import { z } from 'zod'
import { TARGETS } from './targets'

const text = z.string().max(10_000)

/** Validates a ColumnMapping that arrives from outside (the renderer, a --mapping file). */
export const columnMappingSchema = z.strictObject({
  target: z.enum(TARGETS),
  headerIndex: z.number().int().min(0).max(1_000_000),
  headers: z.array(text).max(20_000).readonly(),
  columns: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('field'), field: text }),
        z.strictObject({ kind: z.literal('extra'), key: text }),
        z.strictObject({ kind: z.literal('ignore') })
      ])
    )
    .max(20_000)
    .readonly(),
  constants: z.array(z.strictObject({ field: text, value: text })).max(1_000).readonly(),
  valueMaps: z
    .array(z.strictObject({ field: text, entries: z.array(z.strictObject({ from: text, to: text })).max(10_000).readonly() }))
    .max(1_000)
    .readonly()
})
