import { actingEnterprise } from '../auth/settings.js'
import type { BoxClient } from '../box/client.js'
import { getCurrentUser, type Identity } from '../box/endpoints/users-me.js'
import type { Settings } from '../settings/settings.js'
import { plural } from '../words.js'
import { planBatches } from './batches.js'
import {
  entriesToSend,
  recordActingEnterprise,
  recordBatches,
  recordIdentity,
  recordLookupPlan,
  recordStopped,
  settleCovered,
  settleNotFound,
  settleUnsendable,
  type Batch,
  type Entry,
  type Ledger
} from './ledger.js'
import { lookUpTargets } from './look-up.js'
import { withLookupBudget } from './lookup-budget.js'
import { planLookups, type LookupPlan } from './lookup-plan.js'
import { sendBatches } from './terminate.js'

export interface RunEvents {
  /** Who the token acts as (a dry run asks). */
  identified(identity: Identity): void
  /** How the targets are to be looked up, before any lookup. */
  lookupsPlanned(plan: LookupPlan): void
  /** The lookups are done: who each target is, before anything is terminated. */
  lookedUp(ledger: Ledger): void
  /** The batches are planned; they are sent next, unless this is a dry run. */
  batchesPlanned(ledger: Ledger): void
  batchDone(batch: Batch): void
}

/**
 * What a run does with the client, every step recorded in the ledger: authenticate, look the
 * targets up, terminate them in batches. Once `stopping` fires, no further step starts.
 */
export async function execute(
  settings: Settings,
  client: BoxClient,
  ledger: Ledger,
  events: RunEvents,
  stopping?: AbortSignal
): Promise<void> {
  const stopped = (): boolean => stopping?.aborted === true
  const auth = await client.authenticate()
  if (!auth.ok) return recordStopped(ledger, auth.error)

  if (settings.dryRun && !stopped()) {
    const me = await getCurrentUser(client)
    if (!me.ok) return recordStopped(ledger, me.error)
    recordIdentity(ledger, me.value)
    if (me.value.enterprise !== undefined) recordActingEnterprise(ledger, me.value.enterprise)
    events.identified(me.value)
  }
  if (stopped()) return

  const acting = actingEnterprise(settings.auth)
  if (acting !== undefined) recordActingEnterprise(ledger, acting)
  const lookups = withLookupBudget(client, settings.verify)
  const plan = await planLookups(
    ledger.entries,
    settings.verify,
    lookups,
    ledger.actingEnterprise !== undefined
  )
  recordLookupPlan(ledger, plan.record)
  events.lookupsPlanned(plan)
  await lookUpTargets(ledger, plan, lookups, stopping)
  events.lookedUp(ledger)
  if (stopped()) return

  settleNotFound(ledger)
  const unverified = settings.verify.strict
    ? ledger.entries.filter(e => e.lookup === 'unverified')
    : []
  if (unverified.length > 0) return recordStopped(ledger, cannotVerify(unverified))
  settleUnsendable(ledger)
  settleCovered(ledger)
  recordBatches(ledger, planBatches(entriesToSend(ledger), settings.batchSize))
  events.batchesPlanned(ledger)
  if (settings.dryRun) return
  await sendBatches(ledger, client, batch => events.batchDone(batch), stopping)
}

function cannotVerify(unverified: readonly Entry[]): string {
  const reasons = [...new Set(unverified.map(e => e.detail ?? ''))]
  const count = unverified.length
  const more = reasons.length > 3 ? `; and ${plural(reasons.length - 3, 'more reason')}` : ''
  return `Box did not say who ${plural(count, 'target')} ${count === 1 ? 'is' : 'are'}, and verify-targets is true, so nothing was sent: ${reasons.slice(0, 3).join('; ')}${more}`
}
