import {
  countLabel,
  TARGET_KINDS,
  type EndpointName,
  type KindName,
  type TargetKind
} from './kinds.js'

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

/** "user-ids", "targets-file line 12 (user_login)", "targets-file user_ids item 3". */
export function describeOrigin(origin: Origin): string {
  let text = origin.source
  if (origin.line !== undefined) text += ` line ${origin.line}`
  if (origin.item !== undefined) text += ` item ${origin.item}`
  if (origin.column !== undefined) text += ` (${origin.column})`
  return text
}

/** The targets of each kind present, in their order, in one pass. */
export function byKind(targets: readonly Target[]): Map<KindName, Target[]> {
  const lists = new Map<KindName, Target[]>()
  for (const target of targets) {
    const list = lists.get(target.kind)
    if (list) list.push(target)
    else lists.set(target.kind, [target])
  }
  return lists
}

/** The kinds a terminate_sessions endpoint takes. */
export function kindsOf(endpoint: EndpointName): TargetKind[] {
  return TARGET_KINDS.filter(k => k.endpoint === endpoint)
}

/** Targets as the targets-file JSON object: every kind's key, with an empty array when unused. */
export function asTargetsJson(targets: readonly Target[]): Record<string, string[]> {
  const lists = byKind(targets)
  return Object.fromEntries(
    TARGET_KINDS.map(kind => [kind.jsonKey, (lists.get(kind.input) ?? []).map(t => t.value)])
  )
}

/** Of each kind present: how many targets there are, and the first `limit` of them. */
export function firstOfKind(
  targets: readonly Target[],
  limit: number
): Map<KindName, { count: number; first: Target[] }> {
  const lists = new Map<KindName, { count: number; first: Target[] }>()
  for (const target of targets) {
    const list = lists.get(target.kind) ?? { count: 0, first: [] }
    if (list.count++ < limit) list.first.push(target)
    lists.set(target.kind, list)
  }
  return lists
}

/** How many targets of each kind there are. */
export function countByKind(targets: readonly Target[]): Map<KindName, number> {
  const counts = new Map<KindName, number>()
  for (const target of targets) counts.set(target.kind, (counts.get(target.kind) ?? 0) + 1)
  return counts
}

/** "2 user IDs, 1 user login": the count of each kind present. */
export function describeCounts(targets: readonly Target[]): string {
  return describeKindCounts(countByKind(targets))
}

/** "2 user IDs, 1 user login", from the count of each kind. */
export function describeKindCounts(counts: ReadonlyMap<KindName, number>): string {
  return TARGET_KINDS.filter(kind => (counts.get(kind.input) ?? 0) > 0)
    .map(kind => countLabel(kind, counts.get(kind.input) ?? 0))
    .join(', ')
}
