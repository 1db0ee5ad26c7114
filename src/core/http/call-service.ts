import type { z } from 'zod'
import { errorFromAnswer, type DescribeError } from './answer-error'
import { requestJson, type JsonAnswer, type JsonRequest } from './request-json'
import { ServiceError } from './service-error'

/**
 * One request to a service, end to end: send it, map a non-2xx answer to a
 * typed ServiceError using the service's own error-body reader, and check a
 * 2xx body against the contract's schema. Shared by all three clients so
 * timeout, size cap and error mapping behave the same everywhere.
 */
export async function callService<S extends z.ZodType>(req: JsonRequest, schema: S, describe: DescribeError): Promise<z.output<S>> {
  const answer = await requestJson(req)
  if (answer.status < 200 || answer.status >= 300) throw errorFromAnswer(req, answer, describe(answer))
  return parseAnswer(req, answer, schema)
}

/** Checks a 2xx body against a schema; a mismatch is a bad-response (the server likely did the work). */
export function parseAnswer<S extends z.ZodType>(req: JsonRequest, answer: JsonAnswer, schema: S): z.output<S> {
  const result = schema.safeParse(answer.body)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue === undefined || issue.path.length === 0 ? 'the answer' : `field '${issue.path.join('.')}'`
  throw new ServiceError({
    kind: 'bad-response',
    service: req.service,
    status: answer.status,
    ambiguous: true,
    idempotent: req.idempotent,
    secrets: req.secrets,
    message: `${req.service} answered '${req.operation}' in an unexpected shape (${where}: ${issue?.message ?? 'invalid'}).`
  })
}
