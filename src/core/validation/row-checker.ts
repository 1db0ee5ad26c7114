import { catalogFor, findField } from '../../shared/catalog'
import type { MappedRow } from '../../shared/mapping'
import type { TargetId } from '../../shared/targets'
import type { LocalizedText } from '../../shared/text'
import { looksLikeTemplateExample } from '../templates/examples'
import { buildAddress, DEFAULT_ADDRESS_FIELD } from '../targets/customers/address'
import { excelErrorMessage, isExcelError } from './excel-errors'
import { compileValueCheck, type ValueCheck } from './field-checks'
import { fieldMessage, issueCode } from './field-messages'
import { fieldWords } from './field-words'
import { percentNote } from './percent-notes'
import { bothOfMessage, DEFAULT_ADDRESS_IGNORED_MESSAGE, missingOneOfMessage, TEMPLATE_EXAMPLE_MESSAGE } from './row-messages'
import { TARGET_RULES } from './target-rules'
import type { RowIssue, ValidateOptions } from './types'

/** A catalog field the per-type checks look at. */
interface GenericField {
  readonly name: string
  readonly required: boolean
  readonly check: ValueCheck | null
}

/** Adds `issue` unless its cell already has one: one clear problem per cell is enough to fix it. */
function add(issues: RowIssue[], issue: RowIssue): void {
  if (issue.field !== null && issues.some((i) => i.field === issue.field)) return
  issues.push(issue)
}

/**
 * Builds the checker for one target's rows: everything that depends only on
 * the target (compiled value checks, the service's check, worded messages)
 * is prepared here once, so checking a row is a few map lookups.
 * Duplicates across rows are found separately (createDuplicateFinder).
 */
export function createRowChecker(target: TargetId, options: ValidateOptions = {}): (row: MappedRow) => RowIssue[] {
  const catalog = catalogFor(target)
  const rules = TARGET_RULES[target]
  const groups = (catalog.requiresOneOf ?? []).map((names) => ({ names, labels: names.map((n) => fieldWords(target, n, undefined).label) }))
  const valueChecks = new Map(catalog.fields.map((f) => [f.name, compileValueCheck(f)]))
  const generic: GenericField[] = catalog.fields
    .filter((f) => !rules.serviceChecked.has(f.name))
    .map((f) => ({ name: f.name, required: f.required, check: valueChecks.get(f.name) ?? null }))
  /** The code a user sees for a service's complaint: empty cell → required; a vague one → the field type's own. */
  const userCode = (field: string, code: string, value: string | undefined): string => {
    if (!valueChecks.has(field)) return code
    if (value === undefined) return 'required'
    return code === 'invalid-value' ? (valueChecks.get(field)?.(value) ?? code) : code
  }
  const messages = new Map<string, LocalizedText>()
  const issue = (field: string, rawCode: string): RowIssue => {
    const code = issueCode(rawCode)
    const key = `${code}\u0000${field}`
    let message = messages.get(key)
    if (message === undefined) {
      message = fieldMessage(code, fieldWords(target, field, options.columnNames?.get(field), options.columnLetters?.get(field)))
      messages.set(key, message)
    }
    return { field, code, message, severity: 'error' }
  }
  const templateCheck = options.checkTemplateExample !== false

  return (row) => {
    const issues: RowIssue[] = []
    const v = row.values
    // A cell showing an Excel error stops its row first: whatever else the field wants, the value is not there.
    for (const [field, value] of v) {
      if (isExcelError(value)) add(issues, { field, code: 'excel-error', message: excelErrorMessage(value, fieldWords(target, field, options.columnNames?.get(field), options.columnLetters?.get(field))), severity: 'error' })
    }
    for (const g of groups) {
      const given = g.names.filter((n) => v.has(n))
      if (given.length === 0) add(issues, { field: g.names[0] ?? null, code: 'missing-one-of', message: missingOneOfMessage(g.labels), severity: 'error' })
      else if (given.length > 1) add(issues, { field: given[1] ?? null, code: 'both-of', message: bothOfMessage(g.labels), severity: 'error' })
    }
    for (const found of rules.serviceCheck(row)) add(issues, issue(found.field, userCode(found.field, found.code, v.get(found.field))))
    for (const f of generic) {
      const value = v.get(f.name)
      if (value === undefined) {
        if (f.required) add(issues, issue(f.name, 'required'))
        continue
      }
      const code = f.check?.(value) ?? null
      if (code !== null) add(issues, issue(f.name, code))
    }
    // After the checks, so a cell with a problem shows that problem; a readable percent gets a note saying what is sent.
    for (const [field, shown] of row.percents ?? []) {
      const sent = v.get(field)
      if (sent === undefined) continue
      const words = fieldWords(target, field, options.columnNames?.get(field))
      add(issues, { field, code: 'percent-read', message: percentNote(shown, sent, findField(target, field)?.percent === true, words), severity: 'warning' })
    }
    if (rules.warnsDefaultAddress && v.get(DEFAULT_ADDRESS_FIELD) === 'false' && buildAddress(row)?.isDefaultAddress === false) {
      issues.push({ field: DEFAULT_ADDRESS_FIELD, code: 'default-address-ignored', message: DEFAULT_ADDRESS_IGNORED_MESSAGE, severity: 'warning' })
    }
    if (templateCheck && looksLikeTemplateExample(target, row)) {
      issues.push({ field: null, code: 'template-example', message: TEMPLATE_EXAMPLE_MESSAGE, severity: 'warning' })
    }
    return issues
  }
}
