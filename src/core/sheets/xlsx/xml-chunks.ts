/** How much XML is decoded into one string at a time: small enough for any sheet, large enough to cost nothing per chunk. */
export const XML_CHUNK_BYTES = 4 * 1024 * 1024

/**
 * Decodes a part's UTF-8 bytes in pieces that each end right after a closing
 * tag (`</row>`, `</si>`), so a sheet of a million rows never becomes one
 * string (V8 caps a string at about 512 MB) and every piece holds whole
 * elements. A single element larger than a chunk makes its chunk larger.
 */
export function* xmlChunks(bytes: Buffer, closingTag: string, chunkBytes: number = XML_CHUNK_BYTES): Generator<string> {
  const closing = Buffer.from(closingTag, 'latin1')
  let start = 0
  while (start < bytes.length) {
    let end = bytes.length
    if (start + chunkBytes < bytes.length) {
      const before = bytes.lastIndexOf(closing, start + chunkBytes - closing.length)
      const cut = before >= start ? before : bytes.indexOf(closing, start + chunkBytes)
      if (cut >= 0) end = cut + closing.length
    }
    yield bytes.toString('utf8', start, end)
    start = end
  }
}
