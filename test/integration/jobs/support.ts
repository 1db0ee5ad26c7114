import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { autoMapTable } from '../../../src/core/mapping'
import type { JobSource, ResolvedConnection } from '../../../src/core/jobs'
import { practiceServiceOf, practiceSummary, practiceTarget } from '../../../src/core/connections/practice-connections'
import type { PracticeServer } from '../../../src/core/practice/server'
import type { SheetTable } from '../../../src/shared/sheet'
import type { TargetId } from '../../../src/shared/targets'

/** A fresh state folder for one test's journals. */
export function jobsDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'sheetport-jobs-'))
}

/** A table as the reader would give it: the header row first, then data rows numbered from 2. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], sheetName = 'Sheet1'): SheetTable {
  return {
    sheetName,
    headerIndex: 0,
    columnCount: headers.length,
    rows: [{ rowNumber: 1, cells: [...headers] }, ...rows.map((cells, i) => ({ rowNumber: i + 2, cells: [...cells] }))]
  }
}

/** A job source with the automatic mapping. */
export function source(target: TargetId, t: SheetTable, fileName = 'rows.xlsx'): JobSource {
  return { fileName, table: t, mapping: autoMapTable(t, target), target }
}

/** Practice connections as the app resolves them, without the NCLUE client's own 1-second spacing (tests run the emulator unlimited). */
export function practiceResolver(server: PracticeServer): (id: string) => Promise<ResolvedConnection> {
  return async (id) => {
    const service = practiceServiceOf(id)
    if (service === null) throw new Error(`no practice connection ${id}`)
    return { name: practiceSummary(service, server.baseUrls).name, connection: { ...practiceTarget(service, server), nclueMinIntervalMs: 0 } }
  }
}

/** Products rows: `count` valid ones, ids with leading zeros. */
export function productRows(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [`P${String(i).padStart(5, '0')}`, `https://shop.example.com/img/${i}.jpg`, 'TOP', `https://shop.example.com/p/${i}`, `상품 ${i}`])
}

/** Headers the automatic mapping understands for products:create. */
export const PRODUCT_HEADERS = ['상품코드', '이미지URL', 'detection', '상품URL', '상품명'] as const
