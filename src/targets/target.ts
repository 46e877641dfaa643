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

export interface Target {
  kind: KindName
  value: string
  origin: Origin
}

/** "user-ids", "targets-file line 12 (user_login)", "targets-file user_ids item 3". */
export function describeOrigin(origin: Origin): string {
  let text = origin.source
  if (origin.line !== undefined) text += ` line ${origin.line}`
  if (origin.item !== undefined) text += ` item ${origin.item}`
  if (origin.column !== undefined) text += ` (${origin.column})`
  return text
}

/** The targets of one kind, in their order. */
export function ofKind(targets: readonly Target[], kind: KindName): Target[] {
  return targets.filter(t => t.kind === kind)
}

/** The kinds a terminate_sessions endpoint takes. */
export function kindsOf(endpoint: EndpointName): TargetKind[] {
  return TARGET_KINDS.filter(k => k.endpoint === endpoint)
}

/** Targets as the targets-file JSON object: every kind's key, with an empty array when unused. */
export function asTargetsJson(targets: readonly Target[]): Record<string, string[]> {
  const lists = new Map<KindName, string[]>(TARGET_KINDS.map(kind => [kind.input, []]))
  for (const target of targets) lists.get(target.kind)?.push(target.value)
  return Object.fromEntries(TARGET_KINDS.map(kind => [kind.jsonKey, lists.get(kind.input) ?? []]))
}

/** "2 user IDs, 1 user login": the count of each kind present. */
export function describeCounts(targets: readonly Target[]): string {
  return TARGET_KINDS.map(kind => [kind, ofKind(targets, kind.input).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => countLabel(kind, count))
    .join(', ')
}
