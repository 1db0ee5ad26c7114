import type { SampleSheet } from './types'

/*
 * intents:create — shopper groups the pretend shop wants NCLUE to profile,
 * each naming one of the practice service's ready tasks by name. One row
 * has its task left empty on purpose (marked below).
 */

const FASHION = 'practice-fashion-intent'
const BEAUTY = 'practice-beauty-intent'

/** intents:create — 10 profiles, tasks named (not ids) the way staff write them. */
export const INTENTS_CREATE_SAMPLE: SampleSheet = {
  sheetName: '쇼핑 의도',
  headers: ['프로필명', '태스크명'],
  rows: [
    ['겨울 아우터 관심 고객', FASHION],
    ['20대 여성 니트 구매 예정', FASHION],
    ['연말 선물 준비 고객', FASHION],
    ['캐시미어 재구매 고객', FASHION],
    // On purpose: the task was left empty (the fix is to write practice-fashion-intent).
    ['주말 매장 방문 고객', ''],
    ['스킨케어 세트 관심 고객', BEAUTY],
    ['립 메이크업 신상품 알림 신청', BEAUTY],
    ['건조 피부 보습 관심 고객', BEAUTY],
    ['향수 시향 이벤트 참여자', BEAUTY],
    ['신규 가입 30일 이내 고객', FASHION]
  ]
}
