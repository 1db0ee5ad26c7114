/** Fixed decimals, or an en dash for a value that was not measured. */
export function fixed(value: number, decimals = 0): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : '–'
}

/** A share as a percentage with one decimal ("95.2 %"). */
export function percent(share: number): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(1)} %` : '–'
}

/** Milliseconds as seconds with two decimals, or as whole ms below one second. */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return '–'
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`
}

/** Bytes as MiB (2^20 bytes, as `top` and `ps` count), one decimal. */
export function mebibytes(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : '–'
}

/** The shortest and longest of several durations ("5.91 s – 6.40 s"): the spread around their median. */
export function durationRange(values: readonly number[]): string {
  return values.length === 0 ? '–' : `${duration(Math.min(...values))} – ${duration(Math.max(...values))}`
}
