import { TARGET_KINDS, type KindName } from './kinds.js'
import type { Target } from './target.js'

/** The targets without repeats, each kept where it first appears; its kind decides what repeats. */
export function dedupe(targets: readonly Target[]): Target[] {
  const kinds = new Map<KindName, { key: (value: string) => string; seen: Set<string> }>(
    TARGET_KINDS.map(kind => [kind.input, { key: kind.key, seen: new Set() }])
  )
  const kept: Target[] = []
  for (const target of targets) {
    const kind = kinds.get(target.kind)
    if (!kind) continue
    const known = kind.seen.size
    kind.seen.add(kind.key(target.value))
    if (kind.seen.size > known) kept.push(target)
  }
  return kept
}
