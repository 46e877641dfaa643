import { kindOf } from './kinds.js'
import type { Target } from './target.js'

/** The targets without repeats, each kept where it first appears; its kind decides what repeats. */
export function dedupe(targets: readonly Target[]): Target[] {
  const seen = new Set<string>()
  const kept: Target[] = []
  for (const target of targets) {
    const key = `${target.kind}\n${kindOf(target.kind).key(target.value)}`
    if (!seen.has(key)) {
      seen.add(key)
      kept.push(target)
    }
  }
  return kept
}
