import type { BoxClient } from '../box/client.js'
import { PAGE_SIZE } from '../box/paging.js'
import type { VerifyPolicy } from '../settings/settings.js'
import { kindOf } from '../targets/kinds.js'
import { type Listing } from '../targets/kind.js'
import { groupDigits, plural } from '../words.js'
import type { Entry, LookupRecord } from './ledger.js'

/** Lookups in flight at once. */
export const LOOKUPS_IN_FLIGHT = 8
/**
 * A listing costs at least two requests one after the other (its count and a page): when one-by-one
 * lookups take no more rounds than that, the enterprise is not even counted.
 */
const LISTING_MIN_ROUNDS = 2

/** The targets one listing could find, and how they are to be looked up. */
export interface SourcePlan {
  listing: Listing
  entries: Entry[]
  /** List the enterprise (then look up one by one only what it lacks), or look each target up. */
  list: boolean
}

export interface LookupPlan {
  sources: SourcePlan[]
  record: LookupRecord
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
 * a time, or reading the enterprise's whole listing page by page (its size is known after one
 * request) and looking up one by one only what it lacks. The cheaper is the one of fewer rounds,
 * then of fewer requests. When that takes more requests than the policy allows, nothing is looked
 * up. Either way the record says which plan was taken and why, in one line.
 */
export async function planLookups(
  entries: readonly Entry[],
  policy: VerifyPolicy,
  client: BoxClient
): Promise<LookupPlan> {
  if (policy.maxRequests === 0) {
    return {
      sources: [],
      record: { plan: 'none', reason: 'verify-targets is false: no target is looked up' }
    }
  }
  const bySource = new Map<Listing, Entry[]>()
  for (const entry of entries) {
    const listing = kindOf(entry.target.kind).listing
    const list = bySource.get(listing)
    if (list) list.push(entry)
    else bySource.set(listing, [entry])
  }
  const sources: SourcePlan[] = []
  const phrases: string[] = []
  let requests = 0
  for (const [listing, list] of bySource) {
    const perTarget = oneByOne(list.length)
    const targets = plural(list.length, `${listing.noun} target`)
    if (perTarget.rounds <= LISTING_MIN_ROUNDS) {
      sources.push({ listing, entries: list, list: false })
      phrases.push(`${targets} one by one`)
      requests += perTarget.requests
      continue
    }
    const count = await listing.count(client)
    requests += 1
    if (!count.ok) {
      sources.push({ listing, entries: list, list: false })
      phrases.push(
        `${targets} one by one, as Box did not say how many ${listing.name} the enterprise has (${count.error})`
      )
      requests += perTarget.requests
      continue
    }
    const viaListing = listingCost(listing, list, count.value)
    const listed = isCheaper(viaListing, perTarget)
    sources.push({ listing, entries: list, list: listed })
    requests += listed ? viaListing.requests : perTarget.requests
    const pages = plural(Math.ceil(Math.min(count.value, listing.limit) / PAGE_SIZE) || 1, 'page')
    const enterprise = `the enterprise's ${plural(count.value, listing.noun)} (${pages})`
    phrases.push(
      listed
        ? `${targets} by listing ${enterprise} instead of ${groupDigits(perTarget.requests)} lookups`
        : `${targets} one by one, fewer requests than listing ${enterprise}`
    )
  }
  const total = entries.length
  const usesListing = sources.some(s => s.list)
  if (requests > policy.maxRequests) {
    return {
      sources: [],
      record: {
        plan: 'none',
        reason: `Not looking ${plural(total, 'target')} up: it would take at least ${plural(requests, 'request')} (${phrases.join('; ')}), more than the ${groupDigits(policy.maxRequests)} that verify-targets: auto allows, about a minute at Box's pace; set verify-targets: true to look them up anyway`
      }
    }
  }
  return {
    sources,
    record: {
      plan: usesListing ? 'listing' : 'per-target',
      reason: `Looking up ${plural(total, 'target')} in about ${plural(requests, 'request')}: ${phrases.join('; ')}${usesListing ? '; what a listing lacks is then looked up one by one' : ''}`
    }
  }
}

/**
 * Listing `size` entries: a page per 1,000 (one after the other), then a lookup for each target the
 * listing cannot hold, at the least those beyond its size.
 */
function listingCost(listing: Listing, entries: readonly Entry[], size: number): Cost {
  const listable = Math.min(size, listing.limit)
  const pages = Math.max(1, Math.ceil(listable / PAGE_SIZE))
  const perKind = new Map<string, number>()
  for (const entry of entries)
    perKind.set(entry.target.kind, (perKind.get(entry.target.kind) ?? 0) + 1)
  let lacking = 0
  for (const count of perKind.values()) lacking += Math.max(0, count - listable)
  return { requests: pages + lacking, rounds: pages + Math.ceil(lacking / LOOKUPS_IN_FLIGHT) }
}

function isCheaper(a: Cost, b: Cost): boolean {
  return a.rounds < b.rounds || (a.rounds === b.rounds && a.requests < b.requests)
}
