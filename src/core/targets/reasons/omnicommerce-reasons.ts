import type { ReasonTexts } from './types'

/**
 * OMNICOMMERCE per-product answers (seed 003 failureList texts), keyed by
 * our codes; see PRODUCT_FAILURE_CODES for which text means which code.
 */
export const OMNICOMMERCE_REASON_TEXTS: ReasonTexts = {
  'product-exists': {
    en: 'This product id already exists — use Update instead',
    ko: '이미 등록된 상품코드입니다 — 상품 수정(Update)으로 보내 주세요'
  },
  'product-refused': {
    en: 'The service refused this product — check the id, image URL and category',
    ko: '서비스가 이 상품을 받지 않았습니다 — 상품코드, 이미지 URL, 카테고리를 확인해 주세요'
  },
  'product-unknown': {
    en: 'The service refused this product — check that a product with this id is registered',
    ko: '서비스가 이 상품을 받지 않았습니다 — 이 상품코드로 등록된 상품이 있는지 확인해 주세요'
  },
  'duplicate-id': {
    en: 'Another row sent together has the same product id — each product can appear only once; remove one of them',
    ko: '함께 보낸 다른 행과 상품코드가 같습니다 — 같은 상품은 한 번만 넣을 수 있으니 하나를 지워 주세요'
  },
  'product-deleted-since': {
    en: 'This product was deleted at the service before its registration finished — send it again if it should be in the catalog',
    ko: '등록이 끝나기 전에 서비스에서 이 상품이 삭제되었습니다 — 카탈로그에 있어야 하는 상품이면 다시 보내 주세요'
  },
  'product-processing-failed': {
    en: 'The service could not finish registering this product — check its image URL and fields, then send it again',
    ko: '서비스가 이 상품의 등록을 마치지 못했습니다 — 이미지 URL과 항목을 확인한 뒤 다시 보내 주세요'
  },
  'image-unreachable': {
    en: 'The image URL could not be opened — check that the link works in a browser',
    ko: '이미지 URL을 열 수 없습니다 — 브라우저에서 링크가 열리는지 확인해 주세요'
  }
}
