/** Shop-platform export formats: the registry, recognition from a header row, and each format's preset. */
export type { FormatKind, PlatformFormat } from './types'
export { PLATFORM_FORMATS } from './registry'
export { findFormat, presetFor, recogniseFormat, type RecognisedFormat } from './recognise'
