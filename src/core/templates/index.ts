/** Downloadable .xlsx templates per target and language, and helpers about their example row. */
export { buildTemplate, TEXT_FORMATTED_ROWS } from './build-template'
export { exampleValue, looksLikeTemplateExample } from './examples'
export { fieldGuideRows, GUIDE_HEADERS, GUIDE_SHEET_NAME } from './field-guide'
