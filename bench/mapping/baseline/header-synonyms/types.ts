// Frozen from b1cea31:src/core/mapping/header-synonyms/types.ts for bench figure 8's baseline; see auto-map.ts here. Do not update.
/**
 * What column headers mean for one target's fields, beyond their names and
 * labels. Compared after normalisation, so case, spaces and punctuation
 * don't matter here.
 */
export interface HeaderVocabulary {
  /** Korean and English headers that mean a field. */
  readonly synonyms: readonly (readonly [field: string, synonyms: readonly string[]])[]
  /** Headers known to mean something else: never mapped, not even by similarity. */
  readonly notFields: readonly string[]
}
