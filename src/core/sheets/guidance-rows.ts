import type { SheetRow } from '../../shared/sheet'

/*
 * Upload templates (ESM Plus, 고도몰 …) put rows of their own between the
 * column names and the first product: 필수/선택 marks, the field codes the
 * platform reads, a description of each column, a filled-in example. They
 * are not data: imported, each would fail every check. These rules spot them.
 */

// Templates keep a handful of such rows; a longer run is data that happens to look alike.
const MAX_GUIDANCE_ROWS = 5
// Share of a row's filled cells that must read as instructions (real templates: 97–100%).
const MIN_DESCRIPTION_SHARE = 0.8
// Share of a code row's names that are compound (goods_no, deliverySno), not plain words.
const MIN_COMPOUND_SHARE = 0.5
// A description row describes a good part of the columns, not one or two.
const MIN_DESCRIBED_SHARE = 0.3

// "필수", "비필수", "A 필수", "조건부 필수", "선택", "Required", "*", …
const MARK = /^(?:[A-Za-z]\s*)?(?:조건부\s*)?(?:필수|비필수|선택|필수\s*아님|권장|required|optional|mandatory|recommended|\*+)(?:\s*(?:항목|입력|사항))?$/iu
// goods_no, deliverySno, stock_cnt: the names a platform's own program reads.
const FIELD_CODE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$/
const COMPOUND_CODE = /_|[a-z][A-Z]/
// "입력해 주세요", "입력 형식 yyyy-mm-dd", "다중구분 : ^|^", "y:사용함 n:사용안함", "e.g. …"
const DESCRIPTION = /입력|형식|구분|예시|예\)|가능|불가|자동|주세요|하세요|마세요|선택하|중\s*선택|(?:^|\s)[a-z][a-z0-9]{0,7}\s?:(?!\/\/)\s?\S|e\.g\.|format|please|enter /iu
// The first cell of a template's example row.
const EXAMPLE_LABEL = /^(?:예시|예\)|입력\s*예시|example|sample|e\.g\.)$/iu

function filled(row: SheetRow): string[] {
  return row.cells.filter((c) => c !== '')
}

function share(texts: readonly string[], test: (text: string) => boolean): number {
  return texts.length === 0 ? 0 : texts.filter(test).length / texts.length
}

/** A row of required/optional marks: every filled cell is one. */
function isMarksRow(texts: readonly string[]): boolean {
  return texts.length >= 2 && texts.every((t) => MARK.test(t))
}

/** A second name row of field codes, as wide as the header and all distinct. */
function isFieldCodeRow(texts: readonly string[], header: readonly string[]): boolean {
  if (texts.length < 2 || texts.length < header.length * 0.8 || new Set(texts).size < texts.length * 0.9) return false
  return texts.every((t) => FIELD_CODE.test(t)) && share(texts, (t) => COMPOUND_CODE.test(t)) >= MIN_COMPOUND_SHARE && !header.every((t) => FIELD_CODE.test(t))
}

/** Instructions for each column ("…을 입력해 주세요", "y:사용함 n:사용안함"). */
function isDescriptionRow(texts: readonly string[], header: readonly string[]): boolean {
  if (texts.length < Math.max(2, header.length * MIN_DESCRIBED_SHARE)) return false
  return share(texts, (t) => DESCRIPTION.test(t)) >= MIN_DESCRIPTION_SHARE
}

/** The template's own filled-in example, labelled 예시 in its first cell. */
function isExampleRow(row: SheetRow): boolean {
  const first = filled(row)[0]
  return first !== undefined && EXAMPLE_LABEL.test(first)
}

/**
 * How many rows right under the header row (at `headerIndex`) are a
 * template's guidance — marks, field codes, descriptions, an example —
 * rather than data. Only an unbroken run directly below the header counts.
 */
export function guidanceRowCount(rows: readonly SheetRow[], headerIndex: number): number {
  const header = filled(rows[headerIndex] ?? { rowNumber: 0, cells: [] })
  let count = 0
  while (count < MAX_GUIDANCE_ROWS) {
    const row = rows[headerIndex + 1 + count]
    if (row === undefined) break
    const texts = filled(row)
    if (!(isMarksRow(texts) || isFieldCodeRow(texts, header) || isDescriptionRow(texts, header) || isExampleRow(row))) break
    count++
  }
  return count
}
