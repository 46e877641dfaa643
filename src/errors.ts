/** Anything wrong with the step's inputs; it lists every problem found, and nothing is sent. */
export class InputError extends Error {
  readonly problems: readonly string[]

  constructor(problems: readonly string[]) {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN)
    const more = problems.length - shown.length
    const lines = shown.map(p => `  - ${p}`)
    if (more > 0) lines.push(`  - … and ${more} more`)
    super(
      `Invalid input (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was sent to Box:\n${lines.join('\n')}`
    )
    this.name = 'InputError'
    this.problems = problems
  }
}

const MAX_PROBLEMS_SHOWN = 100

/** The token endpoint refused or never answered; the message is ready to show. */
export class AuthError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AuthError'
  }
}

/** The code of a request that the run dropped, or never sent, because it was cancelled. */
export const CANCELLED_CODE = 'ECANCELED'

/** No HTTP response came back: the connection failed, broke or timed out. */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryable: boolean,
    /** Whether the whole request had been written to the connection before it failed. */
    readonly sent = false
  ) {
    super(message)
    this.name = 'NetworkError'
  }
}
