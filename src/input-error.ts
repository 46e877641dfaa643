/** The one error type for anything wrong with the step's inputs; it lists every problem found. */
export class InputError extends Error {
  readonly problems: readonly string[]

  constructor(problems: readonly string[]) {
    const shown = problems.slice(0, MAX_SHOWN)
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

const MAX_SHOWN = 100
