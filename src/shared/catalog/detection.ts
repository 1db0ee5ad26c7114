import type { LocalizedText } from '../text'

/**
 * OMNICOMMERCE's Detection enum, complete and spelled exactly as the service
 * expects (`OUTWEAR` and `SCARF/MUFFLER` included). Kept apart so the
 * catalog, help texts and templates all list the same 20 values.
 */
export const DETECTION_VALUES = [
  'SHOES',
  'BAG',
  'HAT',
  'GLASSES',
  'BELT',
  'WATCH',
  'TOP',
  'OUTWEAR',
  'SKIRT',
  'PANTS',
  'WHOLEBODY',
  'JEWELRY',
  'GLOVES',
  'HAIR_ACCESSORIES',
  'KEY_RING',
  'SCARF/MUFFLER',
  'SOCKS',
  'SWIMWEARS',
  'TIE',
  'AUTO_DETECT'
] as const

/** One Detection value as the service spells it. */
export type DetectionValue = (typeof DETECTION_VALUES)[number]

/** What each Detection value means, in words shop staff use; shown next to the codes. */
export const DETECTION_VALUE_LABELS: Readonly<Record<DetectionValue, LocalizedText>> = {
  SHOES: { ko: '신발', en: 'shoes' },
  BAG: { ko: '가방', en: 'bags' },
  HAT: { ko: '모자', en: 'hats and caps' },
  GLASSES: { ko: '안경·선글라스', en: 'glasses and sunglasses' },
  BELT: { ko: '벨트', en: 'belts' },
  WATCH: { ko: '시계', en: 'watches' },
  TOP: { ko: '상의 (티셔츠, 셔츠, 블라우스, 니트)', en: 'tops (T-shirts, shirts, blouses, knitwear)' },
  OUTWEAR: { ko: '아우터 (코트, 자켓, 점퍼)', en: 'outerwear (coats, jackets)' },
  SKIRT: { ko: '치마', en: 'skirts' },
  PANTS: { ko: '바지', en: 'trousers and jeans' },
  WHOLEBODY: { ko: '원피스·점프수트 (전신)', en: 'dresses and jumpsuits (whole body)' },
  JEWELRY: { ko: '주얼리 (귀걸이, 목걸이, 반지)', en: 'jewellery (earrings, necklaces, rings)' },
  GLOVES: { ko: '장갑', en: 'gloves' },
  HAIR_ACCESSORIES: { ko: '헤어 액세서리 (머리띠, 핀)', en: 'hair accessories (hair bands, pins)' },
  KEY_RING: { ko: '키링', en: 'key rings' },
  'SCARF/MUFFLER': { ko: '스카프·머플러', en: 'scarves and mufflers' },
  SOCKS: { ko: '양말', en: 'socks' },
  SWIMWEARS: { ko: '수영복', en: 'swimwear' },
  TIE: { ko: '넥타이', en: 'ties' },
  AUTO_DETECT: { ko: '자동 인식 (사진 가운데 물건)', en: 'detect automatically (the object in the middle of the photo)' }
}

/** What an allowed value means in staff's words, when the catalog says (Detection codes); undefined otherwise. */
export function allowedValueLabel(value: string): LocalizedText | undefined {
  return Object.hasOwn(DETECTION_VALUE_LABELS, value) ? DETECTION_VALUE_LABELS[value as DetectionValue] : undefined
}
