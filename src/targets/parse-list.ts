import { quoteEntry } from '../safe-text.js'
import { parsed, refused, valueOrProblems, type Parsed } from '../parsed.js'
import { TARGET_KINDS, type KindName } from './kinds.js'
import { describeOrigin, type Target } from './target.js'

/**
 * Reads one list input as a workflow author may write it: separated by commas, spaces or
 * newlines, or a JSON array of strings or numbers. Entries are trimmed, empties dropped, and each
 * is checked; every bad entry is a problem naming the input.
 */
export function parseListInput(kind: KindName, raw: string): Parsed<Target[]> {
  const text = raw.trim()
  if (text === '') return parsed([])
  if (!text.startsWith('[')) {
    const values = text.split(/[\s,]+/).filter(e => e !== '')
    return checkTargets(values.map(value => ({ kind, value, source: kind })))
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  if (!Array.isArray(json)) {
    return refused(`${kind}: starts with "[" but is not a valid JSON array`)
  }
  return jsonArrayTargets(kind, json, kind, false)
}

/**
 * The targets in a parsed JSON array from `source`, each numbered by its item when `numbered`:
 * strings trimmed, whole numbers as digits; anything else, and every entry its kind refuses, is a
 * problem.
 */
export function jsonArrayTargets(
  kind: KindName,
  items: readonly unknown[],
  source: string,
  numbered: boolean
): Parsed<Target[]> {
  const candidates: Target[] = []
  const problems: string[] = []
  items.forEach((item, index) => {
    const value =
      typeof item === 'string'
        ? item.trim()
        : typeof item === 'number' && Number.isSafeInteger(item) && item >= 0
          ? String(item)
          : undefined
    if (value === undefined) {
      const shown = quoteEntry(JSON.stringify(item) ?? String(item))
      problems.push(
        `${source}: item ${index + 1} of the JSON array is ${shown}, not a string or a whole number`
      )
    } else if (value !== '') {
      candidates.push(numbered ? { kind, value, source, item: index + 1 } : { kind, value, source })
    }
  })
  const checked = checkTargets(candidates)
  return checked.ok
    ? valueOrProblems(checked.value, problems)
    : valueOrProblems([], [...problems, ...checked.problems])
}

/** Checks each target with its kind's rule; every refusal names the entry and where it came from. */
export function checkTargets(candidates: Target[]): Parsed<Target[]> {
  const validators = new Map(TARGET_KINDS.map(kind => [kind.input, kind.validate]))
  const problems: string[] = []
  for (const target of candidates) {
    const problem = validators.get(target.kind)?.(target.value)
    if (problem) problems.push(`${describeOrigin(target)}: ${quoteEntry(target.value)} ${problem}`)
  }
  return valueOrProblems(candidates, problems)
}
