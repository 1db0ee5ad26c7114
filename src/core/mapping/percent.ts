/*
 * Percents in number cells. The reader keeps a percent cell as the percent
 * it shows ('15%', from an Excel cell formatted 0% or typed into a CSV), so
 * the meaning survives to the field: a field that takes a percent number
 * (a discount rate) gets 15, any other number field the number itself, 0.15.
 */

/** A number then a percent sign: '15%', '12.5 %', '-3%', '１５％'. */
const PERCENT = /^([+-]?\s*\d+(?:\.\d+)?)\s*%$/

/**
 * The number a percent text shows, as plain decimal text ('15%' → '15',
 * '+12.50 %' → '12.5'), or null when `text` is not a percent.
 */
export function percentNumber(text: string): string | null {
  // Nearly every number cell has no percent sign: told apart before normalising its text.
  if (text.indexOf('%') < 0 && text.indexOf('\uff05') < 0 && text.indexOf('\ufe6a') < 0) return null
  const m = PERCENT.exec(text.normalize('NFKC').trim().replace(/\u2212/g, '-'))
  if (m === null) return null
  const digits = (m[1] ?? '').replace(/[\s+]/g, '')
  const negative = digits.startsWith('-')
  const [int = '0', frac = ''] = digits.replace('-', '').split('.')
  return canonical(negative, int, frac)
}

/**
 * A percent number as the fraction it stands for, by moving the decimal
 * point (no float arithmetic, so 15 → '0.15', 12.345 → '0.12345', 250 → '2.5').
 */
export function percentFraction(percent: string): string {
  const negative = percent.startsWith('-')
  const [int = '0', frac = ''] = percent.replace('-', '').split('.')
  const padded = int.padStart(3, '0')
  return canonical(negative, padded.slice(0, -2), padded.slice(-2) + frac)
}

function canonical(negative: boolean, int: string, frac: string): string {
  const i = int.replace(/^0+(?=\d)/, '') || '0'
  const f = frac.replace(/0+$/, '')
  const body = f === '' ? i : `${i}.${f}`
  return negative && /[1-9]/.test(body) ? `-${body}` : body
}
