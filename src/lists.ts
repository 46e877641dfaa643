import { quoteEntry } from './safe-text.js'

export type TargetKind = 'user-ids' | 'user-logins' | 'group-ids'

export interface ParsedList {
  entries: string[]
  problems: string[]
}

/**
 * Splits one list input as a workflow author may write it: separated by commas, spaces or
 * newlines, or a JSON array of strings or numbers. Entries are trimmed and empties dropped.
 */
export function splitList(raw: string, source: string): ParsedList {
  const text = raw.trim()
  if (text === '') return { entries: [], problems: [] }
  if (!text.startsWith('[')) {
    return { entries: text.split(/[\s,]+/).filter(e => e !== ''), problems: [] }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { entries: [], problems: [`${source}: starts with "[" but is not a valid JSON array`] }
  }
  if (!Array.isArray(parsed)) {
    return { entries: [], problems: [`${source}: starts with "[" but is not a valid JSON array`] }
  }
  const entries: string[] = []
  const problems: string[] = []
  parsed.forEach((item: unknown, index) => {
    if (typeof item === 'string') {
      const trimmed = item.trim()
      if (trimmed !== '') entries.push(trimmed)
    } else if (typeof item === 'number' && Number.isSafeInteger(item) && item >= 0) {
      entries.push(String(item))
    } else {
      const shown = quoteEntry(JSON.stringify(item) ?? String(item))
      problems.push(
        `${source}: item ${index + 1} of the JSON array is ${shown}, not a string or a whole number`
      )
    }
  })
  return { entries, problems }
}

const DIGITS = /^[0-9]+$/
// Whitespace, control characters and the Unicode line separators never belong in a login.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_IN_LOGIN = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]/
const DOMAIN_LABEL = /^[^.@]+$/

export function loginProblem(login: string): string | undefined {
  if (FORBIDDEN_IN_LOGIN.test(login)) return 'contains whitespace or a control character'
  const parts = login.split('@')
  if (parts.length !== 2) return 'must contain exactly one "@"'
  const [local, domain] = parts as [string, string]
  if (local === '') return 'has nothing before the "@"'
  const labels = domain.split('.')
  if (domain === '' || labels.length < 2 || !labels.every(l => DOMAIN_LABEL.test(l))) {
    return 'needs a domain such as example.com after the "@"'
  }
  return undefined
}

export function idProblem(id: string): string | undefined {
  return DIGITS.test(id) ? undefined : 'is not a Box ID (digits only)'
}

/** Validates entries of one kind; `where` describes the origin of each entry for messages. */
export function validateEntries(
  kind: TargetKind,
  entries: readonly string[],
  where: (index: number) => string
): string[] {
  const check = kind === 'user-logins' ? loginProblem : idProblem
  const problems: string[] = []
  entries.forEach((entry, index) => {
    const problem = check(entry)
    if (problem) problems.push(`${where(index)}: ${quoteEntry(entry)} ${problem}`)
  })
  return problems
}

/** Removes duplicates keeping the first-seen order; logins compare case-insensitively. */
export function dedupe(kind: TargetKind, entries: readonly string[]): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const entry of entries) {
    const key = kind === 'user-logins' ? entry.toLowerCase() : entry
    if (!seen.has(key)) {
      seen.add(key)
      result.push(entry)
    }
  }
  return result
}
