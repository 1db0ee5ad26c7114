import { autoMapTable } from '../../../src/core/mapping'
import type { ColumnMapping } from '../../../src/shared/mapping'
import type { SheetTable } from '../../../src/shared/sheet'
import type { TargetId } from '../../../src/shared/targets'

/** Product sheet headers the automatic matching maps to id, name, image, category, page. */
export const PRODUCT_HEADERS = ['상품코드', '상품명', '이미지 URL', '카테고리', '상품 페이지']

/** A valid product row with this id. */
export function productRow(id: string): string[] {
  return [id, '린넨 셔츠', `https://img.example/${id}.jpg`, 'TOP', `https://shop.example/p/${id}`]
}

/** A table with a title row above the headers (so data rows start at sheet row 3). */
export function sheet(headers: readonly string[], rows: readonly (readonly string[])[]): SheetTable {
  const all = [['제목'], headers, ...rows]
  return {
    sheetName: 'Sheet1',
    rows: all.map((cells, i) => ({ rowNumber: i + 1, cells: [...cells] })),
    headerIndex: 1,
    columnCount: headers.length
  }
}

/** The automatic mapping of a table for a target. */
export function mapped(table: SheetTable, target: TargetId = 'products:create'): ColumnMapping {
  return autoMapTable(table, target)
}
