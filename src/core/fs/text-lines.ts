/** The newline byte: in UTF-8 it is never part of another character, so bytes can be split on it before decoding. */
const NEWLINE = 0x0a

/**
 * The lines of a UTF-8 byte stream (without their newline), one at a time,
 * so a large file (a job's snapshot) can be read a line at a time instead
 * of as one string. A line is decoded once it is complete, from the pieces
 * it arrived in; an empty last line is not given.
 */
export async function* textLines(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let pieces: Uint8Array[] = []
  for await (const chunk of bytes) {
    let start = 0
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      pieces.push(chunk.subarray(start, end))
      yield Buffer.concat(pieces).toString('utf8')
      pieces = []
      start = end + 1
    }
    if (start < chunk.length) pieces.push(chunk.subarray(start))
  }
  if (pieces.length > 0) yield Buffer.concat(pieces).toString('utf8')
}
