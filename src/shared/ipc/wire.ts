/**
 * JSON for the web bridge, which (unlike Electron's IPC) cannot carry bytes:
 * a Uint8Array travels as `{"$bytes": "<base64>"}` and comes back as a
 * Uint8Array on the other side. Used by both ends of the bridge.
 */
const CHUNK = 0x8000

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + CHUNK))
  }
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** JSON.stringify that keeps Uint8Arrays (and Node Buffers) as bytes. */
export function toWire(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, current: unknown) {
    const original = this[key]
    return original instanceof Uint8Array ? { $bytes: toBase64(original) } : current
  })
}

/** JSON.parse that turns `{"$bytes": …}` back into Uint8Arrays. */
export function fromWire(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const bytes = (value as { $bytes?: unknown }).$bytes
      if (typeof bytes === 'string' && Object.keys(value).length === 1) return fromBase64(bytes)
    }
    return value
  })
}
