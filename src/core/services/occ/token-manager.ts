/** A bearer token and when it was obtained. */
interface HeldToken {
  readonly value: string
  readonly obtainedAt: number
}

/**
 * Keeps one OCC admin access token for many concurrent callers: logs in on
 * first use, renews once the token is older than `renewAfterMs` (tokens from
 * an application key die after 5 minutes), and lets callers discard a token
 * the server refused. Only one login is ever in flight; everyone waiting
 * shares its result, success or failure.
 */
export class OccTokenManager {
  private held: HeldToken | null = null
  private pending: Promise<string> | null = null

  constructor(
    private readonly login: () => Promise<string>,
    private readonly renewAfterMs: number,
    private readonly now: () => number = Date.now
  ) {}

  /** A token believed valid, logging in (once, shared) when there is none or it is old. */
  async token(): Promise<string> {
    const held = this.held
    if (held !== null && this.now() - held.obtainedAt < this.renewAfterMs) return held.value
    if (this.pending === null) {
      const started = this.now()
      this.pending = this.login()
        .then((value) => {
          this.held = { value, obtainedAt: started }
          return value
        })
        .finally(() => {
          this.pending = null
        })
    }
    return this.pending
  }

  /** Forgets `token` if it is still the current one (another caller may already have renewed it). */
  invalidate(token: string): void {
    if (this.held?.value === token) this.held = null
  }

  /** The current token, for scrubbing from error text; null when none is held. */
  current(): string | null {
    return this.held?.value ?? null
  }
}
