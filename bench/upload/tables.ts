import { autoMapTable } from '../../src/core/mapping'
import type { JobSource } from '../../src/core/jobs'
import type { SheetTable } from '../../src/shared/sheet'
import type { TargetId } from '../../src/shared/targets'

/** A sheet as the reader gives it: the header row first, data rows numbered from 2 as Excel shows them. */
function sheet(headers: readonly string[], rows: readonly (readonly string[])[]): SheetTable {
  return {
    sheetName: 'Sheet1',
    headerIndex: 0,
    columnCount: headers.length,
    rows: [{ rowNumber: 1, cells: [...headers] }, ...rows.map((cells, i) => ({ rowNumber: i + 2, cells: [...cells] }))]
  }
}

/** A job source for `target` with the mapping the app proposes by itself (no hand-made mapping). */
function autoMapped(target: TargetId, fileName: string, headers: readonly string[], rows: readonly (readonly string[])[]): JobSource {
  const table = sheet(headers, rows)
  return { fileName, table, mapping: autoMapTable(table, target), target }
}

/**
 * products:create rows in the headers Korean shops write; every row valid.
 * Products `failing` picks (by 0-based index) get an image the practice
 * service cannot fetch: accepted at the 202, ERROR once processed.
 */
export function productsSource(count: number, failing: (index: number) => boolean = () => false): JobSource {
  const fails = failing
  const rows = Array.from({ length: count }, (_, i) => [
    `P${String(i).padStart(6, '0')}`,
    fails(i) ? `https://shop.example.com/img/error-image/${i}.jpg` : `https://shop.example.com/img/${i}.jpg`,
    'TOP',
    `https://shop.example.com/p/${i}`,
    `여름 셔츠 ${i}`
  ])
  return autoMapped('products:create', 'products.xlsx', ['상품코드', '이미지URL', '분류', '상품URL', '상품명'], rows)
}

/** customers:create rows (OCC profiles) with distinct emails; every row valid. */
export function customersSource(count: number): JobSource {
  const rows = Array.from({ length: count }, (_, i) => [`customer${i}@example.com`, '민수', '김', `Bench-Pass-${i}!x`, '예'])
  return autoMapped('customers:create', 'customers.xlsx', ['이메일', '이름', '성', '비밀번호', '수신동의'], rows)
}

/** intents:create rows (NCLUE profiles) with distinct names on the emulator's practice task. */
export function intentsSource(count: number): JobSource {
  const rows = Array.from({ length: count }, (_, i) => [`관심 고객 묶음 ${String(i).padStart(4, '0')}`, 'practice-fashion-intent'])
  return autoMapped('intents:create', 'intents.xlsx', ['프로필명', 'task_name'], rows)
}
