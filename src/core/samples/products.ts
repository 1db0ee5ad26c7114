import type { SampleSheet } from './types'

/*
 * A pretend Korean fashion shop's winter catalogue, used by the three product
 * samples. Update and delete name products the create sample registers, so
 * practising create → update → delete works end to end on the practice
 * service. Each sheet has one or two rows with a mistake left in on purpose
 * (marked below), so a new user sees how Sheetport points at a problem and
 * how to fix it.
 */

const SHOP = 'https://shop.maru.example'
const CDN = 'https://cdn.maru.example/images'

interface Product {
  readonly id: string
  readonly name: string
  readonly category: string
  readonly price: number
  readonly listPrice: number
  readonly colors: string
  readonly sizes: string
}

const WINTER_LINE: readonly Product[] = [
  { id: '002501', name: '울 블렌드 롱코트', category: '코트', price: 189_000, listPrice: 239_000, colors: '카멜, 차콜', sizes: 'S, M, L' },
  { id: '002502', name: '캐시미어 라운드 니트', category: '니트', price: 89_000, listPrice: 109_000, colors: '아이보리, 그레이', sizes: 'FREE' },
  { id: '002503', name: '코듀로이 와이드 팬츠', category: '바지', price: 59_000, listPrice: 69_000, colors: '브라운, 베이지', sizes: 'S, M, L' },
  { id: '002504', name: '기모 맨투맨', category: '맨투맨', price: 39_000, listPrice: 45_000, colors: '네이비, 멜란지', sizes: 'M, L, XL' },
  { id: '002505', name: '플리스 집업 자켓', category: '자켓', price: 79_000, listPrice: 89_000, colors: '크림, 블랙', sizes: 'M, L' },
  { id: '002506', name: '램스울 니트 머플러', category: '머플러', price: 35_000, listPrice: 42_000, colors: '오트밀, 레드', sizes: 'FREE' },
  // On purpose: "잡화" is not one of the service's categories (the fix is 신발).
  { id: '002507', name: '레더 앵클부츠', category: '잡화', price: 129_000, listPrice: 149_000, colors: '블랙', sizes: '230, 240, 250' },
  { id: '002508', name: '미디 플리츠 스커트', category: '스커트', price: 49_000, listPrice: 55_000, colors: '차콜, 그린', sizes: 'S, M' },
  { id: '002509', name: '숏 패딩 점퍼', category: '패딩', price: 149_000, listPrice: 179_000, colors: '블랙, 카키', sizes: 'M, L, XL' },
  { id: '002510', name: '골지 터틀넥', category: '상의', price: 29_000, listPrice: 35_000, colors: '화이트, 블랙, 베이지', sizes: 'FREE' },
  { id: '002511', name: '생지 스트레이트 청바지', category: '청바지', price: 69_000, listPrice: 79_000, colors: '인디고', sizes: '26, 28, 30, 32' },
  { id: '002512', name: '울 버킷햇', category: '모자', price: 32_000, listPrice: 38_000, colors: '그레이, 블랙', sizes: 'FREE' },
  { id: '002513', name: '가죽 미니 크로스백', category: '가방', price: 99_000, listPrice: 119_000, colors: '탄, 블랙', sizes: 'FREE' },
  { id: '002514', name: '케이블 니트 원피스', category: '원피스', price: 79_000, listPrice: 95_000, colors: '아이보리', sizes: 'S, M' },
  { id: '002515', name: '터치스크린 니트 장갑', category: '장갑', price: 19_000, listPrice: 22_000, colors: '그레이, 네이비', sizes: 'FREE' }
]

/** On purpose: one image address without its https:// (the fix is to add it). */
const ADDRESS_LEFT_SHORT = '002509'

function imageOf(product: Product): string {
  const address = `${CDN}/${product.id}.jpg`
  return product.id === ADDRESS_LEFT_SHORT ? address.replace('https://', '') : address
}

/** products:create — the whole winter line, below a title line with the date the list was made. */
export const PRODUCTS_CREATE_SAMPLE: SampleSheet = {
  sheetName: '신상품',
  title: '마루앤코 2025 겨울 신상품 등록 (작성일 2025-11-03)',
  headers: ['상품코드', '상품명', '브랜드', '카테고리', '판매가', '정상가', '대표이미지', '상품 페이지', '색상', '사이즈'],
  rows: WINTER_LINE.map((p) => [p.id, p.name, '마루앤코', p.category, p.price, p.listPrice, imageOf(p), `${SHOP}/products/${p.id}`, p.colors, p.sizes])
}

/** products:update — a winter sale: new prices and discounts for most of the line. */
export const PRODUCTS_UPDATE_SAMPLE: SampleSheet = {
  sheetName: '가격 변경',
  title: '12월 시즌오프 가격 변경 (적용일 2025-12-01)',
  headers: ['상품코드', '판매가', '할인율'],
  rows: WINTER_LINE.slice(0, 12).map((p, index) => {
    // On purpose: a price not decided yet, written as words (the fix is a number, e.g. 59000).
    if (p.id === '002504') return [p.id, '미정', 20]
    const percent = index % 2 === 0 ? 20 : 30
    return [p.id, Math.round((p.price * (100 - percent)) / 100 / 1000) * 1000, percent]
  })
}

/** products:delete — end-of-season items to take down; the name column is only for people and is not sent. */
export const PRODUCTS_DELETE_SAMPLE: SampleSheet = {
  sheetName: '판매 종료',
  headers: ['상품코드', '상품명'],
  rows: WINTER_LINE.slice(5, 15).map((p) =>
    // On purpose: a space typed inside the code (the fix is 002512).
    p.id === '002512' ? ['002 512', p.name] : [p.id, p.name]
  )
}
