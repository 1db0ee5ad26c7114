import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { PRODUCT_HEADERS, productRows, tempDir } from './fixtures'
import { expectRefusal, jsonLine, runCli } from './support'

let dir: string
beforeAll(async () => {
  dir = await tempDir()
})

/** A workbook whose sheets may be hidden: [name, rows, hidden?]. */
async function workbook(name: string, sheets: readonly (readonly [string, readonly (readonly string[])[], boolean?])[]): Promise<string> {
  const book = XLSX.utils.book_new()
  for (const [sheet, rows] of sheets) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows.map((r) => [...r])), sheet)
  book.Workbook = { Sheets: sheets.map(([, , hidden]) => ({ Hidden: hidden === true ? 1 : 0 })) }
  const path = join(dir, name)
  await writeFile(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
  return path
}

const MEMO = ['메모', [['10월 신상품 목록입니다.'], ['담당: 김민지']]] as const
const HIDDEN = ['코드표', [['코드', '이름'], ['TOP', '상의']], true] as const
const PRODUCTS = ['상품', [[...PRODUCT_HEADERS], ...productRows(3)]] as const

describe('which sheet the command line reads', () => {
  it('without --sheet: the sheet the app opens on, named on stderr when it is not the first', async () => {
    const file = await workbook('memo-first.xlsx', [MEMO, HIDDEN, PRODUCTS])
    const [en, ko] = await Promise.all([
      runCli(['import', file, '--target', 'products:create', '--dry-run', '--json']),
      runCli(['import', file, '--target', 'products:create', '--dry-run', '--json', '--ui-lang', 'ko'])
    ])
    expect(en.code, en.stderr).toBe(0)
    expect(jsonLine(en, { partial: true })).toEqual(expect.objectContaining({ total: 3, invalid: 0 }))
    expect(en.stderr).toContain('Reading sheet “상품”: the sheets before it (“메모”) have no rows under a header.')
    expect(en.stderr).not.toContain('코드표')
    expect(ko.code, ko.stderr).toBe(0)
    expect(ko.stderr).toContain('“상품” 시트를 읽습니다. 그 앞의 시트(“메모”)에는 머리글 아래에 행이 없습니다.')
  })

  it('says nothing about the sheet when it reads the first one', async () => {
    const run = await runCli(['import', await workbook('first.xlsx', [PRODUCTS, MEMO]), '--target', 'products:create', '--dry-run', '--json'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).not.toContain('Reading sheet')
  })

  it('--sheet naming an empty sheet: one plain line naming the sheets that have rows', async () => {
    const file = await workbook('named-memo.xlsx', [MEMO, HIDDEN, PRODUCTS])
    const [en, ko] = await Promise.all([
      runCli(['import', file, '--target', 'products:create', '--dry-run', '--sheet', '메모']),
      runCli(['import', file, '--target', 'products:create', '--dry-run', '--sheet', '메모', '--ui-lang', 'ko'])
    ])
    expectRefusal(en, /^Sheet “메모” has no rows under its header row\. Sheets that have rows: “상품”\.$/)
    expectRefusal(ko, /^“메모” 시트에는 머리글 행 아래에 행이 없습니다\. 행이 있는 시트: “상품”\.$/)
  })

  it('a workbook with no rows anywhere: the plain no-rows line', async () => {
    const run = await runCli(['import', await workbook('memos.xlsx', [MEMO, ['빈 시트', []]]), '--target', 'products:create', '--dry-run'])
    expectRefusal(run, /^There are no rows under the header row of sheet “메모”\.$/)
  })
})

describe('header rows as exports have them', () => {
  it('reads past a group title, marks and descriptions, and takes the text prefix off the values', async () => {
    const headers = PRODUCT_HEADERS.map((h, i) => (i === 0 ? `${h} *` : i === 4 ? `${h}\n(필수)` : h))
    const rows = productRows(2).map((r) => [`'${r[0] ?? ''}`, ...r.slice(1)])
    const csv = [
      ['상품 기본정보', '', '', '', ''],
      headers,
      ['필수', '필수', '필수', '필수', '필수'],
      ['상품코드를 입력해 주세요', '이미지 주소를 입력해 주세요', 'TOP/PANTS 중 선택', '상품 페이지 주소 입력', '상품명을 입력해 주세요'],
      ...rows
    ]
      .map((r) => r.map((c) => `"${c}"`).join(','))
      .join('\n')
    const file = join(dir, 'template.csv')
    await writeFile(file, `${csv}\n`)
    const run = await runCli(['import', file, '--target', 'products:create', '--dry-run'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/Checked 2 rows .*: 2 ready, 0 to fix\. Nothing was sent\./)
  })
})
