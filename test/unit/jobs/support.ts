import { autoMapTable } from '../../../src/core/mapping'
import type { JobSource } from '../../../src/core/jobs'
import type { SheetTable } from '../../../src/shared/sheet'
import type { TargetId } from '../../../src/shared/targets'

/** Product headers the automatic matching maps to id, name, image, category, page and discount rate. */
export const PRODUCT_HEADERS = ['상품코드', '상품명', '이미지 URL', '카테고리', '상품 페이지', '할인률']

/** A valid product row with this id (and a plain discount rate). */
export function productRow(id: string): string[] {
  return [id, '린넨 셔츠', `https://img.example/${id}.jpg`, 'TOP', `https://shop.example/p/${id}`, '10']
}

/** A table with a title row above the headers, so data row 0 is sheet row 3 and indexes differ from row numbers. */
export function titledSheet(headers: readonly string[], rows: readonly (readonly string[])[]): SheetTable {
  const all = [['상품 목록'], headers, ...rows]
  return { sheetName: '상품', rows: all.map((cells, i) => ({ rowNumber: i + 1, cells: [...cells] })), headerIndex: 1, columnCount: headers.length }
}

/** A job source for a table with its automatic mapping. */
export function sourceOf(table: SheetTable, target: TargetId = 'products:create'): JobSource {
  return { fileName: '상품.xlsx', table, mapping: autoMapTable(table, target), target }
}
