import { quoteEntry } from './safe-text.js'

export type TargetKind = 'user-ids' | 'user-logins' | 'group-ids'

export interface ParsedList {
  entries: string[]
  problems: string[]
}

/** Entries of one kind from one place, and how to name where entry `index` came from. */
export interface EntryGroup {
  kind: TargetKind
  values: string[]
  where: (index: number) => string
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
    parsed = undefined
  }
  if (!Array.isArray(parsed)) {
    return { entries: [], problems: [`${source}: starts with "[" but is not a valid JSON array`] }
  }
  return jsonListItems(parsed, source)
}

/** The entries of a parsed JSON array: strings trimmed, whole numbers as digits, anything else a problem. */
export function jsonListItems(items: readonly unknown[], source: string): ParsedList {
  const entries: string[] = []
  const problems: string[] = []
  for (let index = 0; index < items.length; index++) {
    const item = items[index]
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
  }
  return { entries, problems }
}

const ID = /^[0-9]+$/
// A login: something before one "@", then two or more dot-separated labels; whitespace, control
// characters and the Unicode line separators nowhere. One test decides; the reasons below only
// explain a refusal.
/* eslint-disable no-control-regex -- matching control characters is the point */
const LOGIN =
  /^[^@\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+@[^@.\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+(?:\.[^@.\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+)+$/
const FORBIDDEN_IN_LOGIN = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]/
/* eslint-enable no-control-regex */

export function loginProblem(login: string): string | undefined {
  if (LOGIN.test(login)) return undefined
  if (FORBIDDEN_IN_LOGIN.test(login)) return 'contains whitespace or a control character'
  const parts = login.split('@')
  if (parts.length !== 2) return 'must contain exactly one "@"'
  if (parts[0] === '') return 'has nothing before the "@"'
  return 'needs a domain such as example.com after the "@"'
}

export function idProblem(id: string): string | undefined {
  return ID.test(id) ? undefined : 'is not a Box ID (digits only)'
}

/** Names every bad entry of a group with where it came from. */
export function validateGroup(group: EntryGroup): string[] {
  const valid = group.kind === 'user-logins' ? LOGIN : ID
  const explain = group.kind === 'user-logins' ? loginProblem : idProblem
  const problems: string[] = []
  const { values } = group
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as string
    if (!valid.test(value)) {
      problems.push(`${group.where(index)}: ${quoteEntry(value)} ${explain(value)}`)
    }
  }
  return problems
}

// eslint-disable-next-line no-control-regex -- any character outside ASCII lower case may change
const MAY_HAVE_CAPITALS = /[^\u0000-\u0040\u005b-\u007f]/

/** Removes duplicates keeping the first-seen order; logins compare case-insensitively. */
export function dedupe(kind: TargetKind, entries: readonly string[]): string[] {
  const keys = kind === 'user-logins' ? lowerCased(entries) : entries
  // Long lists rarely hold duplicates: a Set built natively says so without a loop.
  if (new Set(keys).size === entries.length) return entries.slice()
  const seen = new Set<string>()
  const result: string[] = []
  for (let index = 0; index < entries.length; index++) {
    const key = keys[index] as string
    if (!seen.has(key)) {
      seen.add(key)
      result.push(entries[index] as string)
    }
  }
  return result
}

/** The logins in lower case: joined, lower-cased and split again, three native calls in all. */
function lowerCased(logins: readonly string[]): readonly string[] {
  const joined = logins.join('\n')
  if (!MAY_HAVE_CAPITALS.test(joined)) return logins
  const keys = joined.toLowerCase().split('\n')
  // A line break inside a login (refused elsewhere) would shift the keys: lower-case one by one.
  return keys.length === logins.length ? keys : logins.map(login => login.toLowerCase())
}
