/** A child's memory: RSS just before the measured work, and the process's RSS high-water mark so far. */
export interface ChildMemory {
  readonly startRssBytes: number
  /** getrusage ru_maxrss: every thread of the process, workers included. */
  readonly peakRssBytes: number
}

/** Reads the process's RSS high-water mark now, next to the RSS taken before the work started. */
export function childMemory(startRssBytes: number): ChildMemory {
  return { startRssBytes, peakRssBytes: process.resourceUsage().maxRSS * 1024 }
}

/**
 * The child side of runChild(): sends the measurement to the parent and
 * exits once it is delivered; a failure goes to stderr with exit code 1.
 */
export function answerParent(measurement: Promise<unknown>): void {
  measurement.then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      process.exit(1)
    }
  )
}

/** Ends a child started with the wrong arguments, saying how to start it. */
export function exitWithUsage(usage: string): never {
  process.stderr.write(`usage: ${usage}\n`)
  process.exit(2)
}

/** Reads `<choice> [arguments…]` from the command line, or exits with the usage line. */
export function childArguments<C extends string>(choices: readonly C[], usage: string): { choice: C; rest: readonly string[] } {
  const [choice, ...rest] = process.argv.slice(2)
  const known = choices.find((c) => c === choice)
  if (known === undefined) exitWithUsage(usage)
  return { choice: known, rest }
}
