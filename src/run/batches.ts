import { ENDPOINTS, kindOf } from '../targets/kinds.js'
import type { Target } from '../targets/target.js'
import type { Batch, Entry } from './ledger.js'

/**
 * The batching rule, the one place it is written: each endpoint's targets, in the kinds' order,
 * cut into requests of at most `batchSize` targets (user IDs and logins together), the endpoints'
 * batches interleaved so both make progress.
 */
export function planBatches(entries: readonly Entry[], batchSize: number): Batch[] {
  const perEndpoint = ENDPOINTS.map(endpoint => {
    const carried = entries.filter(e => kindOf(e.target.kind).endpoint === endpoint)
    const of = Math.ceil(carried.length / batchSize)
    return Array.from({ length: of }, (_, i): Batch => ({
      endpoint,
      number: i + 1,
      of,
      entries: carried.slice(i * batchSize, (i + 1) * batchSize)
    }))
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

/** What a batch's request body holds: each body key's values, in the batch's order. */
export function bodyLists(batch: Batch): Record<string, string[]> {
  const lists: Record<string, string[]> = {}
  for (const { target } of batch.entries)
    (lists[kindOf(target.kind).bodyKey] ??= []).push(target.value)
  return lists
}

/** The targets the batches carry, one by one, without a list of them all. */
export function* batchedTargets(batches: readonly Batch[]): Generator<Target> {
  for (const batch of batches) for (const entry of batch.entries) yield entry.target
}

/** How the log names a batch: the path alone when its endpoint has one batch. */
export function batchLabel(batch: Batch): string {
  const path = batch.endpoint.path
  return batch.of === 1 ? path : `${path} batch ${batch.number}/${batch.of}`
}
