/*
 * What a cell's number format shows, read from the format code itself:
 * which parts of a date-time it shows, whether it counts elapsed time, and
 * whether it is a percent. SheetJS's formatter only renders text; these
 * answers let the reader keep the value as a person sees it in Excel.
 */

/** The part of a format that applies to positive numbers (formats are `pos;neg;zero;text`). */
export function firstSection(format: string): string {
  let quoted = false
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]
    if (ch === '"') quoted = !quoted
    else if (ch === '\\') i++
    else if (ch === ';' && !quoted) return format.slice(0, i)
  }
  return format
}

/** The format's codes with literal text ("…", \x), padding (_x, *x) and brackets other than elapsed-time ones removed. */
function formatCodes(format: string): string {
  return firstSection(format)
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
}

/** A date-time format's shape: the parts it shows, the elapsed unit it counts in, its digits of a second. */
export interface DateTimeShape {
  /** Shows a calendar date (year, month, day or weekday). */
  readonly date: boolean
  /** Shows a time (hours, minutes or seconds). */
  readonly time: boolean
  /** Counts elapsed time in this unit beyond its clock limit ([h]:mm → 36:00), or null for a clock time. */
  readonly elapsed: 'h' | 'm' | 's' | null
  /** Digits shown after the seconds (ss.000 → 3), at most 3 as in Excel. */
  readonly fractionDigits: number
}

/**
 * The shape of a date or time format such as 'yyyy-mm-dd', 'h:mm AM/PM',
 * '[h]:mm:ss' or 'hh:mm:ss.000'. An 'm' is minutes next to an hour or
 * before seconds, else a month, as in Excel. 'HH:MM:SS' (upper case) is
 * what SheetJS gives an OpenDocument duration cell whose style it could not
 * find, so it counts elapsed hours like '[h]:mm:ss'.
 */
export function dateTimeShape(format: string): DateTimeShape {
  if (format === 'HH:MM:SS') return { date: false, time: true, elapsed: 'h', fractionDigits: 0 }
  const codes = formatCodes(format)
  const elapsed = /\[(h+|m+|s+)\]/i.exec(codes)?.[1]?.charAt(0).toLowerCase()
  const bare = codes.replace(/\[[hms]+\]/gi, (b) => b.slice(1, -1)).toLowerCase().replace(/am\/pm|a\/p/g, 'h')
  const tokens = bare.match(/y+|m+|d+|h+|s+|e+|g+|b+|a+/g) ?? []
  let date = false
  let time = false
  tokens.forEach((token, i) => {
    const letter = token.charAt(0)
    if (letter === 'h' || letter === 's') time = true
    else if (letter === 'm') {
      const minutes = token.length <= 2 && (tokens[i - 1]?.startsWith('h') === true || tokens[i + 1]?.startsWith('s') === true)
      if (minutes) time = true
      else date = true
    } else date = true
  })
  const fraction = /s+\.(0+)/.exec(bare)?.[1]?.length ?? 0
  return { date, time, elapsed: elapsed === 'h' || elapsed === 'm' || elapsed === 's' ? elapsed : null, fractionDigits: Math.min(3, fraction) }
}

/**
 * True for percent formats ('0%', '0.00%', '#,##0.0%;[Red]-0.0%'): Excel
 * shows the number times 100 with a % sign, so 0.15 shows as 15%.
 * A quoted or escaped % is only text and does not count.
 */
export function isPercentFormat(format: string): boolean {
  return formatCodes(format).includes('%')
}
