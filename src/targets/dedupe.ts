import { KIND_NAMES, kindOf, type KindName } from './kinds.js'
import type { Target } from './target.js'

/** The targets without repeats, each kept where it first appears; its kind's key decides what repeats. */
export function dedupe(targets: readonly Target[]): Target[] {
  const seen = Object.fromEntries(KIND_NAMES.map(name => [name, new Set<string>()])) as Record<
    KindName,
    Set<string>
  >
  const kept: Target[] = []
  for (const target of targets) {
    const key = kindOf(target.kind).key(target.value)
    if (seen[target.kind].has(key)) continue
    seen[target.kind].add(key)
    kept.push(target)
  }
  return kept
}
