const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([\da-fA-F]+));/g
// Excel writes characters XML cannot hold (control codes, a literal _x0041_) as _xHHHH_.
const EXCEL_ESCAPE = /_x([\da-fA-F]{4})_/g
const CDATA_START = '<![CDATA['
const CDATA_END = ']]>'

function codePointText(code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : ''
}

function decodeEntities(raw: string): string {
  const text = raw.indexOf('&') < 0 ? raw : raw.replace(ENTITY, (whole, named?: string, dec?: string, hex?: string) => {
    if (named !== undefined) return NAMED_ENTITIES[named] ?? whole
    return codePointText(dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16))
  })
  return text.indexOf('_x') < 0 ? text : text.replace(EXCEL_ESCAPE, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/**
 * The text an .xlsx part's element or attribute holds: XML entities and
 * Excel's _xHHHH_ escapes decoded, CDATA sections kept as they are, and
 * Windows line ends as '\n' (what Excel shows as one line break).
 */
export function xmlText(raw: string): string {
  let out = ''
  let rest = raw
  for (let at = rest.indexOf(CDATA_START); at >= 0; at = rest.indexOf(CDATA_START)) {
    const end = rest.indexOf(CDATA_END, at)
    if (end < 0) break
    out += decodeEntities(rest.slice(0, at)) + rest.slice(at + CDATA_START.length, end)
    rest = rest.slice(end + CDATA_END.length)
  }
  out += decodeEntities(rest)
  return out.indexOf('\r') < 0 ? out : out.replace(/\r\n/g, '\n')
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/**
 * The attributes of one start tag ('<sheet name="A" r:id="rId1"/>'), raw
 * (undecoded), by their names as written. Namespace prefixes stay: callers
 * ask for 'r:id' or match the local name themselves (attributeByLocalName).
 */
export function xmlAttributes(tag: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const m of tag.matchAll(ATTRIBUTE)) found.set(m[1] as string, m[2] ?? m[3] ?? '')
  return found
}

/** An attribute whatever namespace prefix it was written with ('r:id', 'relationships:id'). */
export function attributeByLocalName(attributes: ReadonlyMap<string, string>, localName: string): string | undefined {
  for (const [name, value] of attributes) {
    if (name === localName || name.endsWith(`:${localName}`)) return value
  }
  return undefined
}
