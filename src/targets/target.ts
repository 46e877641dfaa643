import { TARGET_KINDS, type KindName, type TargetKind } from './kinds.js'
import { countLabel } from './kind.js'

/** Where a target was written: an input, or a place in the targets-file. */
export interface Origin {
  /** The input, or the input and the JSON key: "user-ids", "targets-file user_logins". */
  source: string
  /** The line of a CSV targets-file. */
  line?: number
  /** The CSV column, or the 1-based item of a JSON array in a targets-file. */
  column?: string
  item?: number
}

/** One target, with where it was written. */
export interface Target extends Origin {
  kind: KindName
  value: string
}

/** The targets a text holds, as read, and what is wrong with it (its syntax, its shape, or items). */
export interface TargetsRead {
  targets: Target[]
  problems: string[]
}

/** "user-ids", "targets-file line 12 (user_login)", "targets-file user_ids item 3". */
export function describeOrigin(origin: Origin): string {
  let text = origin.source
  if (origin.line !== undefined) text += ` line ${origin.line}`
  if (origin.item !== undefined) text += ` item ${origin.item}`
  if (origin.column !== undefined) text += ` (${origin.column})`
  return text
}

/** Targets as the targets-file JSON object: every kind's key, with an empty array when unused. */
export function asTargetsJson(targets: Iterable<Target>): Record<string, string[]> {
  const lists = Object.fromEntries(TARGET_KINDS.map(kind => [kind.input, [] as string[]]))
  for (const target of targets) lists[target.kind]?.push(target.value)
  return Object.fromEntries(TARGET_KINDS.map(kind => [kind.jsonKey, lists[kind.input] ?? []]))
}

/** Of each kind present, in the kinds' order: how many targets there are, and the first `limit`. */
export function firstOfKind(
  targets: Iterable<Target>,
  limit: number
): { kind: TargetKind; count: number; first: Target[] }[] {
  const lists = new Map<KindName, { count: number; first: Target[] }>()
  for (const target of targets) {
    let list = lists.get(target.kind)
    if (!list) lists.set(target.kind, (list = { count: 0, first: [] }))
    if (list.count++ < limit) list.first.push(target)
  }
  return TARGET_KINDS.flatMap(kind => {
    const list = lists.get(kind.input)
    return list ? [{ kind, ...list }] : []
  })
}

/** "2 user IDs, 1 user login": the count of each kind present. */
export function describeCounts(targets: Iterable<Target>): string {
  return firstOfKind(targets, 0)
    .map(({ kind, count }) => countLabel(kind, count))
    .join(', ')
}
