import { allowedValueLabel, allowedValuesOf, catalogFor, FIELD_TYPE_LABELS } from '../../shared/catalog'
import type { FieldDef } from '../../shared/catalog'
import type { TargetId } from '../../shared/targets'
import type { Language } from '../../shared/text'

/*
 * The template's second sheet: one row per field saying what to write in
 * that column, in the user's language.
 */

/** Header row of the field guide sheet. */
export const GUIDE_HEADERS: Readonly<Record<Language, readonly string[]>> = {
  ko: ['열 이름', '필수 여부', '형식', '쓸 수 있는 값', '설명', 'API 필드'],
  en: ['Column', 'Required', 'Type', 'Allowed values', 'Help', 'API field']
}

/** Name of the field guide sheet. */
export const GUIDE_SHEET_NAME: Readonly<Record<Language, string>> = { ko: '설명', en: 'Fields' }

const YES_NO_WORDS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  ko: { yes: '예', no: '아니오', true: '예', false: '아니오' },
  en: { yes: 'yes', no: 'no', true: 'yes', false: 'no' }
}

function allowedText(field: FieldDef, language: Language): string {
  const values = allowedValuesOf(field)
  if (field.type === 'yesNo' || field.type === 'boolean') {
    return values.map((v) => YES_NO_WORDS[language][v] ?? v).join(' / ')
  }
  if (field.name === 'detection') {
    return values.map((v) => {
      const label = allowedValueLabel(v)
      return label === undefined ? v : `${v} (${label[language]})`
    }).join('\n')
  }
  return values.join(', ')
}

function requiredText(field: FieldDef, target: TargetId, language: Language): string {
  if (field.required) return language === 'ko' ? '필수' : 'Required'
  const catalog = catalogFor(target)
  const group = (catalog.requiresOneOf ?? []).find((g) => g.includes(field.name))
  if (group === undefined) return language === 'ko' ? '선택' : 'Optional'
  const labels = group.map((name) => catalog.fields.find((f) => f.name === name)?.label[language] ?? name)
  return language === 'ko' ? `${labels.join(' 또는 ')} 중 하나 필수` : `One of ${labels.join(' or ')} required`
}

/** The field guide rows (without the header row) for a target, in catalog order. */
export function fieldGuideRows(target: TargetId, language: Language): string[][] {
  return catalogFor(target).fields.map((f) => [
    f.label[language],
    requiredText(f, target, language),
    FIELD_TYPE_LABELS[f.type][language] + (f.maxLength === undefined ? '' : language === 'ko' ? ` (최대 ${f.maxLength}자)` : ` (up to ${f.maxLength} characters)`),
    allowedText(f, language),
    f.help[language],
    f.name
  ])
}
