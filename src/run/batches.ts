import { TERMINATE_PATHS, type TerminateEndpoint } from '../box/endpoints/terminate-sessions.js'
import { TARGET_KINDS, type KindName } from '../targets/kinds.js'
import { byKind, countByKind, describeKindCounts, kindsOf, type Target } from '../targets/target.js'

/** One terminate_sessions request: its endpoint, its place among the endpoint's batches, its targets. */
export interface Batch {
  endpoint: TerminateEndpoint
  path: string
  /** 1-based, among the batches of its endpoint. */
  number: number
  /** How many batches its endpoint has. */
  of: number
  targets: Target[]
  /** The same targets by kind. */
  byKind: Map<KindName, Target[]>
}

/**
 * Cuts each endpoint's targets into batches of at most `batchSize` entries in all (user IDs and
 * logins together), in the kinds' order, and interleaves the endpoints so both make progress.
 */
export function planBatches(targets: readonly Target[], batchSize: number): Batch[] {
  const endpoints = [...new Set(TARGET_KINDS.map(k => k.endpoint))]
  const lists = byKind(targets)
  const perEndpoint = endpoints.map(endpoint => {
    const carried = kindsOf(endpoint).flatMap(kind => lists.get(kind.input) ?? [])
    const of = Math.ceil(carried.length / batchSize)
    return Array.from({ length: of }, (_, i) => {
      const slice = carried.slice(i * batchSize, (i + 1) * batchSize)
      return {
        endpoint,
        path: TERMINATE_PATHS[endpoint],
        number: i + 1,
        of,
        targets: slice,
        byKind: byKind(slice)
      }
    })
  })
  const batches: Batch[] = []
  const longest = Math.max(0, ...perEndpoint.map(list => list.length))
  for (let i = 0; i < longest; i++) {
    for (const list of perEndpoint) {
      const batch = list[i]
      if (batch) batches.push(batch)
    }
  }
  return batches
}

/** How many batches planBatches makes of these targets. */
export function countBatches(targets: readonly Target[], batchSize: number): number {
  const endpoints = [...new Set(TARGET_KINDS.map(k => k.endpoint))]
  const counts = countByKind(targets)
  return endpoints.reduce((sum, endpoint) => {
    const carried = kindsOf(endpoint).reduce((n, k) => n + (counts.get(k.input) ?? 0), 0)
    return sum + Math.ceil(carried / batchSize)
  }, 0)
}

/** The request body: each of the endpoint's kinds under its body key, an unused one empty. */
export function requestBody(batch: Pick<Batch, 'endpoint' | 'byKind'>): Record<string, string[]> {
  return Object.fromEntries(
    kindsOf(batch.endpoint).map(kind => [
      kind.bodyKey,
      (batch.byKind.get(kind.input) ?? []).map(t => t.value)
    ])
  )
}

/**
 * The targets of these batches by kind: how many there are and the first `limit` of each,
 * counted batch by batch rather than target by target.
 */
export function batchKinds(
  batches: readonly Batch[],
  limit: number
): Map<KindName, { count: number; first: Target[] }> {
  const kinds = new Map<KindName, { count: number; first: Target[] }>()
  for (const batch of batches) {
    for (const [kind, list] of batch.byKind) {
      const entry = kinds.get(kind) ?? { count: 0, first: [] }
      if (entry.first.length < limit) {
        entry.first = entry.first.concat(list.slice(0, limit - entry.first.length))
      }
      entry.count += list.length
      kinds.set(kind, entry)
    }
  }
  return kinds
}

/** "2 user IDs, 1 user login": what these batches carry. */
export function describeBatches(batches: readonly Batch[]): string {
  const counts = new Map<KindName, number>()
  for (const batch of batches) {
    for (const [kind, list] of batch.byKind) counts.set(kind, (counts.get(kind) ?? 0) + list.length)
  }
  return describeKindCounts(counts)
}

/** How the log names a batch: the path alone when its endpoint has one batch. */
export function batchLabel(batch: Batch): string {
  return batch.of === 1 ? batch.path : `${batch.path} batch ${batch.number}/${batch.of}`
}

/** The items of each endpoint, in the order the endpoints first appear. */
export function groupByEndpoint<T>(items: readonly T[], batchOf: (item: T) => Batch): T[][] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const path = batchOf(item).path
    const group = groups.get(path) ?? []
    group.push(item)
    groups.set(path, group)
  }
  return [...groups.values()]
}
