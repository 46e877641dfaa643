import { refused, parsed, type Parsed } from '../parsed.js'
import { quoteEntry } from '../safe-text.js'
import { kindOf, type KindName } from './kinds.js'
import { describeOrigin, type Origin, type Target } from './target.js'

/**
 * Reads one list input as a workflow author may write it: separated by commas, spaces or
 * newlines, or a JSON array of strings or numbers. Entries are trimmed, empties dropped, and each
 * is checked; every bad entry is a problem naming the input.
 */
export function parseListInput(kind: KindName, raw: string): Parsed<Target[]> {
  const text = raw.trim()
  if (text === '') return parsed([])
  const origin = { source: kind }
  if (!text.startsWith('[')) {
    const values = text.split(/[\s,]+/).filter(e => e !== '')
    return checkTargets(
      kind,
      values.map(value => ({ value, origin }))
    )
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
  return jsonArrayTargets(kind, json, () => origin)
}

/**
 * The targets in a parsed JSON array: strings trimmed, whole numbers as digits; anything else,
 * and every entry its kind refuses, is a problem.
 */
export function jsonArrayTargets(
  kind: KindName,
  items: readonly unknown[],
  originOf: (index: number) => Origin
): Parsed<Target[]> {
  const entries: { value: string; origin: Origin }[] = []
  const problems: string[] = []
  items.forEach((item, index) => {
    if (typeof item === 'string') {
      const value = item.trim()
      if (value !== '') entries.push({ value, origin: originOf(index) })
    } else if (typeof item === 'number' && Number.isSafeInteger(item) && item >= 0) {
      entries.push({ value: String(item), origin: originOf(index) })
    } else {
      const shown = quoteEntry(JSON.stringify(item) ?? String(item))
      problems.push(
        `${originOf(index).source}: item ${index + 1} of the JSON array is ${shown}, not a string or a whole number`
      )
    }
  })
  const checked = checkTargets(kind, entries)
  if (!checked.ok) problems.push(...checked.problems)
  return problems.length > 0 ? refused(...problems) : checked
}

/** Checks each entry with its kind's rule; every refusal names the entry and where it came from. */
export function checkTargets(
  kind: KindName,
  entries: readonly { value: string; origin: Origin }[]
): Parsed<Target[]> {
  const { validate } = kindOf(kind)
  const problems: string[] = []
  for (const { value, origin } of entries) {
    const problem = validate(value)
    if (problem) problems.push(`${describeOrigin(origin)}: ${quoteEntry(value)} ${problem}`)
  }
  if (problems.length > 0) return refused(...problems)
  return parsed(entries.map(({ value, origin }) => ({ kind, value, origin })))
}
