/**
 * The services Sheetport writes to and the import targets each offers.
 * Every other module names targets through these ids, so adding one is a
 * change here first.
 */
export const SERVICES = ['omnicommerce', 'occ', 'nclue'] as const

/** A commerce service Sheetport can upload to. */
export type ServiceId = (typeof SERVICES)[number]

/** One thing a spreadsheet can be imported as; the CLI's `--target` takes the same ids. */
export const TARGETS = [
  'products:create',
  'products:update',
  'products:delete',
  'customers:create',
  'intents:create'
] as const

/** An import target id, e.g. `products:create`. */
export type TargetId = (typeof TARGETS)[number]

/** Which service a target writes to. */
export const SERVICE_OF_TARGET: Readonly<Record<TargetId, ServiceId>> = {
  'products:create': 'omnicommerce',
  'products:update': 'omnicommerce',
  'products:delete': 'omnicommerce',
  'customers:create': 'occ',
  'intents:create': 'nclue'
}

/** Narrows an untrusted string (CLI flag, saved file) to a target id. */
export function isTargetId(value: string): value is TargetId {
  return (TARGETS as readonly string[]).includes(value)
}

/** Targets whose service finishes its work after answering (OMNICOMMERCE products, NCLUE profiles): rows are followed after sending. */
export function isFollowedAfterSending(target: TargetId): boolean {
  return SERVICE_OF_TARGET[target] !== 'occ'
}
