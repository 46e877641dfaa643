import type { BoxClient } from '../box/client.js'
import { PAGE_SIZE } from '../box/paging.js'
import type { VerifyPolicy } from '../settings/settings.js'
import { kindOf, type KindName } from '../targets/kinds.js'
import { type Listing } from '../targets/kind.js'
import type { Entry, LookupRecord, SourceChoice } from './ledger.js'

/** Lookups in flight at once. */
export const LOOKUPS_IN_FLIGHT = 8

/** The targets one listing could find, and how they are to be looked up. */
export interface SourcePlan {
  /** The listing that could find them; none for a kind that has no listing. */
  listing?: Listing
  entries: Entry[]
  /** List the enterprise (then look up one by one only what it lacks), or look each target up. */
  list: boolean
  /** How many entries Box said the listing holds, when it was counted: it bounds the listing. */
  count?: number
}

export interface LookupPlan {
  sources: SourcePlan[]
  record: LookupRecord
}

/** The targets one listing, or one kind without a listing, could find. */
interface Source {
  listing: Listing | undefined
  /** How the log names what it finds: "users", "user". */
  name: string
  noun: string
  entries: Entry[]
  /** How many targets of each of its kinds there are. */
  perKind: Map<KindName, number>
}

interface Cost {
  requests: number
  /** Requests one after the other: what the time is made of. */
  rounds: number
}

const oneByOne = (requests: number): Cost => ({
  requests,
  rounds: Math.ceil(requests / LOOKUPS_IN_FLIGHT)
})

/**
 * Chooses the cheapest way to look the targets up, listing by listing: one lookup per target, 8 at
 * a time, or reading the enterprise's whole listing page by page and looking up one by one only
 * what it lacks. The cheaper is the one of fewer rounds, then of fewer requests. A listing's cost
 * is known after one request, its count: that request is made, for the listings together, only
 * where a listing at its best could be cheaper and within the policy. When the cheapest plan takes
 * more requests than the policy allows, nothing is looked up. Either way the record holds what was
 * chosen and from what; action/lookup-text.ts words it.
 */
export async function planLookups(
  entries: readonly Entry[],
  policy: VerifyPolicy,
  client: BoxClient,
  actingKnown = false
): Promise<LookupPlan> {
  if (policy.maxRequests === 0) return { sources: [], record: { plan: 'none', why: 'off' } }
  // Each kind's source: its listing's, shared with the other kinds it holds; a kind without a
  // listing is a source of its own, looked up one by one. Entries keep their order in each; what is
  // worth counting follows from how many targets of each kind there are.
  const perKind = countPerKind(entries)
  const bySource = new Map<Listing | KindName, Source>()
  const sourceOf = new Map<KindName, Source>()
  for (const name of perKind.keys()) {
    const kind = kindOf(name)
    const listing = kind.listing?.of
    const key = listing ?? kind.input
    const source = bySource.get(key) ?? {
      listing,
      name: listing?.name ?? kind.label[1],
      noun: listing?.noun ?? kind.label[0],
      entries: [],
      perKind: new Map<KindName, number>()
    }
    source.perKind.set(name, perKind.get(name) ?? 0)
    bySource.set(key, source)
    sourceOf.set(name, source)
  }
  const worthCounting = [...bySource.values()].flatMap(({ listing, perKind: counts }) => {
    if (!listing) return []
    const targets = total(counts)
    const best = withCount(listingCost(listing, counts, mostListed(listing, counts)))
    return isCheaper(best, oneByOne(targets)) &&
      Math.min(best.requests, targets) <= policy.maxRequests
      ? [listing]
      : []
  })
  for (const entry of entries) sourceOf.get(entry.target.kind)?.entries.push(entry)
  const counts = new Map(
    await Promise.all(
      worthCounting.map(async listing => [listing, await listing.count(client)] as const)
    )
  )

  const sources: SourcePlan[] = []
  const choices: SourceChoice[] = []
  let requests = counts.size
  for (const { listing, name, noun, entries: list, perKind: kindCounts } of bySource.values()) {
    const perTarget = oneByOne(list.length)
    const choice = { name, noun, targets: list.length }
    const count = listing && counts.get(listing)
    if (listing && count?.ok) {
      const viaListing = listingCost(listing, kindCounts, count.value)
      const listed = isCheaper(viaListing, perTarget)
      sources.push({ listing, entries: list, list: listed, count: count.value })
      requests += listed ? viaListing.requests : perTarget.requests
      const pages = Math.max(1, Math.ceil(Math.min(count.value, listing.limit) / PAGE_SIZE))
      choices.push({
        ...choice,
        list: listed,
        count: count.value,
        pages,
        lookups: perTarget.requests
      })
      continue
    }
    sources.push({ listing, entries: list, list: false })
    requests += perTarget.requests
    choices.push({
      ...choice,
      list: false,
      lookups: perTarget.requests,
      ...(count && !count.ok ? { countError: count.error } : {})
    })
  }
  const asksActing = sources.some(
    source => !source.list && asksActingEnterprise(source.entries, actingKnown)
  )
  if (asksActing) requests += 1
  const decided = {
    targets: entries.length,
    requests,
    counted: counts.size > 0,
    sources: choices,
    ...(asksActing ? { asksActingEnterprise: true } : {})
  }
  if (requests > policy.maxRequests) {
    return {
      sources: [],
      record: { plan: 'none', why: 'too-costly', maxRequests: policy.maxRequests, ...decided }
    }
  }
  const plan = sources.some(s => s.list) ? 'listing' : 'per-target'
  return { sources, record: { plan, ...decided } }
}

/**
 * Whether looking these targets up one by one also asks users/me which enterprise the run acts in:
 * a user found so may be of another enterprise, and the credentials did not name the run's.
 */
export function asksActingEnterprise(oneByOne: readonly Entry[], actingKnown: boolean): boolean {
  return !actingKnown && oneByOne.some(entry => kindOf(entry.target.kind).shownAs === 'user')
}

/**
 * Listing `size` entries: a page per 1,000 (one after the other), then a lookup for each target the
 * listing cannot hold, at the least those beyond its size. `perKind`: how many targets of each kind.
 */
function listingCost(listing: Listing, perKind: ReadonlyMap<KindName, number>, size: number): Cost {
  const listable = Math.min(size, listing.limit)
  const pages = Math.max(1, Math.ceil(listable / PAGE_SIZE))
  let lacking = 0
  for (const count of perKind.values()) lacking += Math.max(0, count - listable)
  return { requests: pages + lacking, rounds: pages + Math.ceil(lacking / LOOKUPS_IN_FLIGHT) }
}

/**
 * The enterprise size at which a listing is cheapest for these targets: large enough to hold the
 * most targets of one kind, as no larger listing could find more, and no larger than it can list.
 */
function mostListed(listing: Listing, perKind: ReadonlyMap<KindName, number>): number {
  return Math.min(Math.max(0, ...perKind.values()), listing.limit)
}

function countPerKind(entries: readonly Entry[]): Map<KindName, number> {
  const counts = new Map<KindName, number>()
  for (const entry of entries)
    counts.set(entry.target.kind, (counts.get(entry.target.kind) ?? 0) + 1)
  return counts
}

function total(perKind: ReadonlyMap<KindName, number>): number {
  let sum = 0
  for (const count of perKind.values()) sum += count
  return sum
}

/** A listing's cost with the request that counts the enterprise first. */
function withCount(cost: Cost): Cost {
  return { requests: cost.requests + 1, rounds: cost.rounds + 1 }
}

function isCheaper(a: Cost, b: Cost): boolean {
  return a.rounds < b.rounds || (a.rounds === b.rounds && a.requests < b.requests)
}
