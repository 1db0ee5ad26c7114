/**
 * One upload contender in a process of its own: `contender-child.ts <id>`.
 * Contenders of a figure run side by side, each in its own process against
 * its own emulator, so none slows another's event loop (a late request is
 * what turns a paced sender into a refused one).
 */
import { answerParent, childArguments } from '../lib/child-main'
import { customersAdaptive, customersAdaptiveMoving, customersFixedStart, customersFixedStartMoving, customersTooFast } from './customers-contenders'
import { productsNoMargin, productsSequential, productsSheetport, productsSheetportJittered } from './products-contenders'
import type { UploadSample } from './upload-sample'

/** Every contender of figures 1 and 2, by the id a figure asks for. */
const CONTENDERS = {
  'products-sheetport': productsSheetport,
  'products-sheetport-jittered': productsSheetportJittered,
  'products-no-margin': productsNoMargin,
  'products-sequential': productsSequential,
  'customers-adaptive': customersAdaptive,
  'customers-fixed-start': customersFixedStart,
  'customers-too-fast': customersTooFast,
  'customers-adaptive-moving': customersAdaptiveMoving,
  'customers-fixed-start-moving': customersFixedStartMoving
} as const satisfies Record<string, () => Promise<UploadSample>>

/** A contender's id. */
export type ContenderId = keyof typeof CONTENDERS

const ids = Object.keys(CONTENDERS) as ContenderId[]
const { choice } = childArguments(ids, `contender-child.ts <${ids.join('|')}>`)
answerParent(CONTENDERS[choice]())
