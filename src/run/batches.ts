import { ENDPOINTS, kindOf, type KindName } from '../targets/kinds.js'
import type { Target } from '../targets/target.js'
import type { Batch, Entry } from './ledger.js'

/**
 * The batching rule, the one place it is written: each endpoint's targets, in the kinds' order,
 * cut into requests of at most `batchSize` targets (user IDs and logins together), the endpoints'
 * batches interleaved so both make progress. Targets Box confirmed (found by a lookup) never share
 * a request with targets it did not, and their requests go first: a target Box may refuse cannot
 * sink a confirmed one.
 */
export function planBatches(entries: readonly Entry[], batchSize: number): Batch[] {
  // Each endpoint's entries in two phases, confirmed first, in one pass that keeps their order.
  const PHASES = 2
  const byEndpoint = new Map(ENDPOINTS.map(endpoint => [endpoint, [[], []] as Entry[][]]))
  const phasesOf = new Map<KindName, Entry[][]>()
  for (const entry of entries) {
    const kind = entry.target.kind
    let phases = phasesOf.get(kind)
    // Every kind's endpoint is one of ENDPOINTS (kinds.ts checks the table).
    if (!phases) phasesOf.set(kind, (phases = byEndpoint.get(kindOf(kind).endpoint) ?? []))
    phases[entry.lookup === 'found' ? 0 : 1]?.push(entry)
  }
  const perEndpoint = ENDPOINTS.map(endpoint => {
    const pieces = (byEndpoint.get(endpoint) ?? []).map(phase => cut(phase, batchSize))
    const endpointBatches = pieces.reduce((sum, list) => sum + list.length, 0)
    let number = 0
    return pieces.map(list =>
      list.map((carried): Batch => ({
        endpoint,
        number: ++number,
        endpointBatches,
        entries: carried
      }))
    )
  })
  const batches: Batch[] = []
  for (let phase = 0; phase < PHASES; phase++) {
    const lists = perEndpoint.map(byPhase => byPhase[phase] ?? [])
    const longest = Math.max(0, ...lists.map(list => list.length))
    for (let i = 0; i < longest; i++) {
      for (const list of lists) {
        const batch = list[i]
        if (batch) batches.push(batch)
      }
    }
  }
  return batches
}

/** `entries` in pieces of at most `size`, in order. */
function cut(entries: readonly Entry[], size: number): Entry[][] {
  const pieces: Entry[][] = []
  for (let i = 0; i < entries.length; i += size) pieces.push(entries.slice(i, i + size))
  return pieces
}

/** What a batch's request body holds: each body key's values, in the batch's order. */
export function bodyLists(batch: Batch): Record<string, string[]> {
  const lists: Record<string, string[]> = {}
  for (const entry of batch.entries)
    (lists[kindOf(entry.target.kind).bodyKey] ??= []).push(sentValue(entry))
  return lists
}

/**
 * What a request carries for a target: its value as written, or, for a kind sent as the ID Box
 * found, that ID (a target no lookup found is never planned: see settleUnsendable).
 */
export function sentValue(entry: Entry): string {
  return kindOf(entry.target.kind).sends === 'found-id'
    ? (entry.found?.id ?? entry.target.value)
    : entry.target.value
}

/** The targets the batches carry, one by one, without a list of them all. */
export function* batchedTargets(batches: readonly Batch[]): Generator<Target> {
  for (const batch of batches) for (const entry of batch.entries) yield entry.target
}

/**
 * How the log names a batch: the path alone when its endpoint has one batch; a piece of a refused
 * batch adds its place ("users/terminate_sessions batch 3/10, piece 2").
 */
export function batchLabel(batch: Batch): string {
  const path = batch.endpoint.path
  const planned =
    batch.endpointBatches === 1 ? path : `${path} batch ${batch.number}/${batch.endpointBatches}`
  return batch.piece === undefined ? planned : `${planned}, piece ${batch.piece}`
}
