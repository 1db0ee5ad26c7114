import { z } from 'zod'
import type { DescribeError } from '../../http/answer-error'
import { OCC_ERROR_REASONS } from './assumptions'

/** The errorModel of §2.3 (codes may arrive as strings or numbers). */
const codeSchema = z.union([z.string(), z.number()]).transform(String)
const errorItem = z.object({ errorCode: codeSchema.optional(), message: z.string().optional(), devMessage: z.string().optional() })
const errorModel = errorItem.extend({ errors: z.array(errorItem).optional() })

/**
 * Reads an OCC errorModel: the code (top level, else the first nested error),
 * its reason key from OCC_ERROR_REASONS, and the server's message. Shared by
 * storefront and admin calls.
 */
export const describeOccError: DescribeError = (answer) => {
  const parsed = errorModel.safeParse(answer.body)
  if (!parsed.success) return answer.status === 401 ? { reason: 'token-rejected' } : {}
  const top = parsed.data
  const first = top.errors?.[0]
  const serviceCode = top.errorCode ?? first?.errorCode
  const serverMessage = top.message ?? first?.message
  if (answer.status === 401) return { serviceCode, serverMessage, reason: 'token-rejected' }
  const reason = serviceCode === undefined ? undefined : (OCC_ERROR_REASONS[serviceCode] ?? 'unknown')
  return { serviceCode, serverMessage, reason }
}
