import type { TargetId } from '../../src/shared/targets'

/** What the intake files hold: products:create rows in the headers Korean shops write. */
export const INTAKE_TARGET: TargetId = 'products:create'

/** Ten columns, each of which the automatic mapping matches to a products:create field. */
export const INTAKE_HEADERS = ['상품코드', '이미지URL', '분류', '상품URL', '상품명', '브랜드', '판매가', '정상가', '색상', '사이즈'] as const

const DETECTIONS = ['TOP', 'PANTS', 'BAG', 'SHOES', 'HAT'] as const
const BRANDS = ['한빛', '소담', 'Northwind', '가람'] as const
const COLORS = ['블랙', '화이트', '네이비, 그레이', '베이지'] as const
const SIZES = ['S, M, L', 'FREE', '230, 240, 250', 'M'] as const

/** One data row: text codes with leading zeros, Hangul names, URLs, and real numbers for the prices. */
export function intakeRow(i: number): (string | number)[] {
  const price = 10_000 + (i % 90) * 1_000
  return [
    `P${String(i).padStart(7, '0')}`,
    `https://shop.example.com/img/${i}.jpg`,
    DETECTIONS[i % DETECTIONS.length] ?? 'TOP',
    `https://shop.example.com/p/${i}`,
    `여름 린넨 셔츠 ${i}호`,
    BRANDS[i % BRANDS.length] ?? '',
    price,
    price + 5_000,
    COLORS[i % COLORS.length] ?? '',
    SIZES[i % SIZES.length] ?? ''
  ]
}
