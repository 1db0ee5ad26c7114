/**
 * Pre-send checks report problems as FieldIssues so the app can show them
 * next to the spreadsheet cell before anything is sent.
 */
export interface FieldIssue {
  /** Dot path of the field in the service's request, e.g. 'metadata.salesPrice'. */
  readonly field: string
  /** Stable machine key, e.g. 'required', 'too-long', 'invalid-url'. */
  readonly code: string
  /** Plain-English explanation (never quotes a secret value). */
  readonly message: string
}

/**
 * Thrown by a client when asked to send data its own pre-send check rejects:
 * nothing was sent. Distinct from ServiceError, which means the service was asked.
 */
export class InvalidInputError extends Error {
  constructor(
    readonly service: string,
    readonly issues: readonly FieldIssue[]
  ) {
    super(`Not sent to ${service}: ${issues.map((i) => `${i.field} — ${i.message}`).join('; ')}`)
    this.name = 'InvalidInputError'
  }
}
