/** What every parser returns: the value it read, or the problems that stopped it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] }

export function parsed<T>(value: T): Parsed<T> {
  return { ok: true, value }
}

export function refused<T>(...problems: string[]): Parsed<T> {
  return { ok: false, problems }
}

/** The value, or the problems when there are any (however many: no spread). */
export function valueOrProblems<T>(value: T, problems: string[]): Parsed<T> {
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value }
}

/** The value of a result, after adding its problems to `problems`; undefined when it failed. */
export function collect<T>(result: Parsed<T>, problems: string[]): T | undefined {
  if (result.ok) return result.value
  for (const problem of result.problems) problems.push(problem)
  return undefined
}
