import type { TargetId } from '../../shared/targets'
import type { Language } from '../../shared/text'
import { CUSTOMERS_CREATE_SAMPLE } from './customers'
import { INTENTS_CREATE_SAMPLE } from './intents'
import { PRODUCTS_CREATE_SAMPLE, PRODUCTS_DELETE_SAMPLE, PRODUCTS_UPDATE_SAMPLE } from './products'
import type { SampleSheet } from './types'
import { writeSample } from './write-sample'

export type { SampleCell, SampleSheet } from './types'

/** One practice spreadsheet per import target, so a new user can try every kind of import without a file of their own. */
export const SAMPLES: Readonly<Record<TargetId, SampleSheet>> = {
  'products:create': PRODUCTS_CREATE_SAMPLE,
  'products:update': PRODUCTS_UPDATE_SAMPLE,
  'products:delete': PRODUCTS_DELETE_SAMPLE,
  'customers:create': CUSTOMERS_CREATE_SAMPLE,
  'intents:create': INTENTS_CREATE_SAMPLE
}

const FILE_WORDS: Readonly<Record<TargetId, Readonly<Record<Language, string>>>> = {
  'products:create': { ko: '연습용 상품 등록', en: 'practice products to create' },
  'products:update': { ko: '연습용 상품 수정', en: 'practice products to update' },
  'products:delete': { ko: '연습용 상품 삭제', en: 'practice products to delete' },
  'customers:create': { ko: '연습용 고객 등록', en: 'practice customers' },
  'intents:create': { ko: '연습용 쇼핑 의도 프로필', en: 'practice shopping intents' }
}

/** A target's practice spreadsheet as a file, named in the user's language so it is recognisable as practice. */
export function sampleFile(target: TargetId, language: Language): { readonly fileName: string; readonly bytes: Uint8Array } {
  return { fileName: `${FILE_WORDS[target][language]}.xlsx`, bytes: writeSample(SAMPLES[target]) }
}
