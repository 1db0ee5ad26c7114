/**
 * Column mapping: propose (autoMap), edit (re-exported pure edits from
 * src/shared/mapping), apply (applyMapping) and remember (saved mappings).
 */
export { suggestTarget } from './suggest-target'
export { findFormat, recogniseFormat, type PlatformFormat } from './platforms'
export { autoMap, autoMapTable, headersOf, SIMILARITY_THRESHOLD, tableSamples, type AutoMapOptions } from './auto-map'
export { applyMapping, createRowMapper, mappingFitsTable } from './apply-mapping'
export { maskCells, passwordColumns, secretColumns } from './secret-columns'
export { coerceValue, toIsoDate, toNumberText } from './coerce'
export { normalizeEnumValue } from './enum-values'
export { headerSignature } from './signature'
export { createSavedMappingStore, MAX_SAVED_MAPPINGS, type MappingPersistence, type SavedMappingStore } from './saved-mappings'
export {
  assignColumn,
  clearConstant,
  emptyMapping,
  extraKeyProblem,
  ignoreColumn,
  isReportColumn,
  mapColumnAsExtra,
  providedFields,
  REPORT_COLUMNS,
  REPORT_COLUMNS_KO,
  setConstant,
  setValueMap,
  suggestExtraKey,
  unmappedRequiredFields,
  type ColumnAssignment,
  type ColumnMapping,
  type MappedRow,
  type MappingConstant,
  type MissingRequirement,
  type ValueMap,
  type ValueMapEntry
} from '../../shared/mapping'
