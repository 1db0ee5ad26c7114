/** The Review step's model: every data row checked, edits in place, the summary and the rows ready to send. */
export { ReviewModel, type CellEditResult } from './review-model'
export { sheetColumns } from './sheet-columns'
