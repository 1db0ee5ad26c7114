/** The two streams the command line writes to (process.stdout/stderr, or test doubles). */
export interface Streams {
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number }
}

/** Rough terminal width of a text: Hangul and other wide characters take two cells. */
function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(char) ? 2 : 1
  return width
}

/** Cuts a line to fit the terminal, so rewriting it in place never wraps. */
function fitWidth(text: string, columns: number): string {
  if (displayWidth(text) < columns) return text
  let out = ''
  for (const char of text) {
    if (displayWidth(out + char) >= columns - 1) break
    out += char
  }
  return `${out}…`
}

/**
 * Where each kind of text goes. stdout carries the result: the human
 * summary, or under --json exactly one JSON line and nothing else (the
 * summary then goes to stderr). Progress and notices always go to stderr;
 * on a terminal progress is one line rewritten in place.
 */
export class Output {
  readonly #streams: Streams
  readonly #json: boolean
  #liveLine = false

  constructor(streams: Streams, json: boolean) {
    this.#streams = streams
    this.#json = json
  }

  /** Whether stderr is a terminal (one updating progress line) or a file/pipe (plain lines). */
  get interactive(): boolean {
    return this.#streams.stderr.isTTY === true
  }

  /** A line of the result (summary, dry-run findings). */
  result(line: string): void {
    this.#endLiveLine()
    ;(this.#json ? this.#streams.stderr : this.#streams.stdout).write(`${line}\n`)
  }

  /** A notice on stderr (what is starting, Ctrl-C, refusals). */
  notice(line: string): void {
    this.#endLiveLine()
    this.#streams.stderr.write(`${line}\n`)
  }

  /** A progress line: rewritten in place on a terminal, appended otherwise. */
  progress(line: string): void {
    if (!this.interactive) {
      this.#streams.stderr.write(`${line}\n`)
      return
    }
    const columns = this.#streams.stderr.columns ?? 0
    // A terminal that does not report its width (0) is treated as the classic 80 columns.
    this.#streams.stderr.write(`\r\x1b[2K${fitWidth(line, columns >= 20 ? columns : 80)}`)
    this.#liveLine = true
  }

  /** The one JSON line of --json, on stdout. */
  json(value: unknown): void {
    this.#endLiveLine()
    this.#streams.stdout.write(`${JSON.stringify(value)}\n`)
  }

  /** Keeps the last progress line and moves below it. */
  #endLiveLine(): void {
    if (!this.#liveLine) return
    this.#streams.stderr.write('\n')
    this.#liveLine = false
  }
}
