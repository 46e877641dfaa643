import { quoteEntry } from '../safe-text.js'
import { valueOrProblems, type Parsed } from '../parsed.js'
import { kindOf, type KindName } from './kinds.js'
import { describeOrigin, type Target, type TargetsRead } from './target.js'

/**
 * Reads one list input as a workflow author may write it, or paste it from a mail client or a
 * spreadsheet: separated by commas, semicolons, spaces or newlines, or a JSON array of strings or
 * numbers. Entries are trimmed, empties dropped, and each is checked; every bad entry is a problem
 * naming the input.
 */
export async function parseListInput(kind: KindName, raw: string): Promise<Parsed<Target[]>> {
  const text = raw.trim()
  if (text.startsWith('[')) {
    // A list written as JSON: its reader (jsonc-parser) is loaded for it, and only then.
    const { readJsonList } = await import('./json-targets.js')
    return checkTargets(readJsonList(kind, text))
  }
  const targets = text
    .split(/[\s,;]+/)
    .filter(value => value !== '')
    .map((value): Target => ({ kind, value, source: kind }))
  return checkTargets({ targets, problems: [] })
}

/**
 * Checks each target with its kind's rule, after the problems already found in reading them; every
 * refusal names the entry and where it came from.
 */
export function checkTargets({ targets, problems }: TargetsRead): Parsed<Target[]> {
  for (const target of targets) {
    const problem = kindOf(target.kind).validate(target.value)
    if (problem) problems.push(`${describeOrigin(target)}: ${quoteEntry(target.value)} ${problem}`)
  }
  return valueOrProblems(targets, problems)
}
