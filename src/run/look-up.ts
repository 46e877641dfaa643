import type { BoxClient } from '../box/client.js'
import { getActingEnterprise } from '../box/endpoints/users-me.js'
import { forEachWithLimit } from '../net/pool.js'
import type { Listing } from '../targets/kind.js'
import { kindOf } from '../targets/kinds.js'
import { plural } from '../words.js'
import {
  recordActingEnterprise,
  recordFound,
  recordListingStopped,
  recordLookup,
  recordMembers,
  recordUnverified,
  type Entry,
  type Ledger
} from './ledger.js'
import {
  asksActingEnterprise,
  LOOKUPS_IN_FLIGHT,
  type LookupPlan,
  type SourcePlan
} from './lookup-plan.js'

/** How many targets, from the first, the job summary shows one by one (and whose groups get a member count). */
export const TARGETS_SHOWN = 100

/**
 * Looks the targets up as planned: listings first, page by page, matching targets as they pass;
 * then one by one, 8 at a time, each target a listing lacked or that was not listed. Once the run
 * is stopping nothing more is asked, and a target not yet looked up is left unverified.
 */
export async function lookUpTargets(
  ledger: Ledger,
  plan: LookupPlan,
  client: BoxClient,
  stopping?: AbortSignal
): Promise<void> {
  const oneByOne: Entry[] = []
  for (const source of plan.sources) {
    const lacking =
      source.list && source.listing
        ? await matchListing(ledger, source, source.listing, client)
        : source.entries
    for (const entry of lacking) oneByOne.push(entry)
  }
  // A user looked up one by one may be of another enterprise: when the credentials do not name
  // the one the run acts in, Box is asked, alongside the first lookups.
  const acting =
    !stopping?.aborted && asksActingEnterprise(oneByOne, ledger.actingEnterprise !== undefined)
      ? getActingEnterprise(client)
      : undefined
  await forEachWithLimit(
    oneByOne,
    LOOKUPS_IN_FLIGHT,
    async entry => {
      const { lookUp } = kindOf(entry.target.kind)
      recordLookup(entry, await lookUp(client, entry.target.value))
    },
    stopping
  )
  const enterprise = await acting
  if (enterprise?.ok) recordActingEnterprise(ledger, enterprise.value)
  await countMembers(ledger, client, stopping)
  if (stopping?.aborted) {
    for (const source of plan.sources) {
      for (const entry of source.entries) {
        if (entry.lookup !== 'skipped') continue
        recordUnverified(
          entry,
          'the run was cancelled before this target was looked up, and nothing was sent for it'
        )
      }
    }
  }
}

/**
 * Reads a listing of the enterprise and marks each target found in it; keeps nothing else of it.
 * Returns the targets it did not find, to be looked up one by one. When the listing stops before
 * its end, those are marked unverified first, with why: the listing cannot say they do not exist,
 * and a lookup the budget leaves no request for keeps that reason.
 */
async function matchListing(
  ledger: Ledger,
  source: SourcePlan,
  listing: Listing,
  client: BoxClient
): Promise<Entry[]> {
  const index = new Map<string, Entry>()
  const kinds = new Set(source.entries.map(e => kindOf(e.target.kind)))
  for (const entry of source.entries) {
    index.set(`${entry.target.kind} ${kindOf(entry.target.kind).key(entry.target.value)}`, entry)
  }
  const answer = await listing.list(
    client,
    objects => {
      for (const object of objects) {
        for (const kind of kinds) {
          const key = kind.listing?.key(object)
          const entry = key === undefined ? undefined : index.get(`${kind.input} ${key}`)
          if (entry) recordFound(entry, object)
        }
      }
    },
    source.count
  )
  const lacking = source.entries.filter(entry => entry.lookup === 'skipped')
  if (answer.ok) return lacking
  recordListingStopped(
    ledger,
    `The listing of the enterprise's ${listing.name} stopped before its end (${answer.error}): the ${plural(lacking.length, 'target')} it had not matched are looked up one by one`
  )
  for (const entry of lacking) {
    recordUnverified(
      entry,
      `the listing of the enterprise's ${listing.name} stopped before its end, so Box did not say: ${answer.error}`
    )
  }
  return lacking
}

/** Box's approximate member count of each found group among the targets the summary shows. */
async function countMembers(
  ledger: Ledger,
  client: BoxClient,
  stopping?: AbortSignal
): Promise<void> {
  const groups = ledger.entries.slice(0, TARGETS_SHOWN).flatMap(entry => {
    const count = kindOf(entry.target.kind).countMembers
    return count && entry.found ? [{ entry, id: entry.found.id, count }] : []
  })
  await forEachWithLimit(
    groups,
    LOOKUPS_IN_FLIGHT,
    async ({ entry, id, count }) => {
      const answer = await count(client, id)
      if (answer.ok) recordMembers(entry, answer.value)
    },
    stopping
  )
}
