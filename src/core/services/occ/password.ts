import { randomInt } from 'node:crypto'
import { OCC_GENERATED_PASSWORD_LENGTH, OCC_PASSWORD_SYMBOLS } from './assumptions'

const LOWER = 'abcdefghijkmnopqrstuvwxyz'
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const DIGITS = '23456789'
const CLASSES = [LOWER, UPPER, DIGITS, OCC_PASSWORD_SYMBOLS]

/** One uniformly random character of a set, from the OS CSPRNG. */
function pick(set: string): string {
  return set.charAt(randomInt(set.length))
}

/**
 * A strong random password for one customer (the store requires one, §2.2,
 * and its policy is unknown, §2.7): at least 16 characters, always with
 * lower case, upper case, digits and symbols, shuffled with a CSPRNG.
 * Look-alike characters (l, I, O, 0, 1) are left out for staff who must read one out.
 */
export function generatePassword(length: number = OCC_GENERATED_PASSWORD_LENGTH): string {
  if (!Number.isInteger(length) || length < 16 || length > 128) throw new RangeError('Password length must be 16–128.')
  const all = CLASSES.join('')
  const chars = CLASSES.map(pick)
  while (chars.length < length) chars.push(pick(all))
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    const a = chars[i] as string
    chars[i] = chars[j] as string
    chars[j] = a
  }
  return chars.join('')
}
