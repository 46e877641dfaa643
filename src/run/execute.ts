import type { BoxClient } from '../box/client.js'
import { getCurrentUser, type Identity } from '../box/endpoints/users-me.js'
import type { Settings } from '../action/settings.js'
import { groupDigits, plural } from '../targets/kinds.js'
import type { Target } from '../targets/target.js'
import { countBatches, planBatches } from './batches.js'
import { unknownTargets, type RunReport, type Verification } from './report.js'
import { BATCHES_IN_FLIGHT, sendBatches, type BatchResult } from './terminate.js'
import { AUTO_VERIFY_LIMIT, LOOKUPS_IN_FLIGHT, verifyTargets, type Verified } from './verify.js'

export interface RunEvents {
  /** Who the token acts as (a dry run asks). */
  identified(identity: Identity): void
  /** The lookups are about to start. */
  verifying(count: number): void
  /** The lookups are done, or were skipped. */
  verified(verification: Verification, dryRun: boolean): void
  /** The batches are planned; they are sent next, unless this is a dry run. */
  planned(report: RunReport): void
  batchDone(result: BatchResult): void
}

/** Whether the run looks its targets up: always, never, or with auto for a small run. */
export function willVerify(settings: Pick<Settings, 'verifyTargets' | 'targets'>): boolean {
  return (
    settings.verifyTargets === 'true' ||
    (settings.verifyTargets === 'auto' && settings.targets.length <= AUTO_VERIFY_LIMIT)
  )
}

/** Rounds of calls in flight together that the run may need: lookups, then batches. */
export function plannedRounds(settings: Settings): number {
  const lookups = willVerify(settings)
    ? Math.ceil((2 * settings.targets.length) / LOOKUPS_IN_FLIGHT)
    : 0
  const batches = countBatches(settings.targets, settings.batchSize)
  return lookups + Math.ceil(batches / BATCHES_IN_FLIGHT)
}

/** What a run does with the client: authenticate, look the targets up, terminate in batches. */
export async function execute(
  settings: Settings,
  client: BoxClient,
  events: RunEvents
): Promise<RunReport> {
  const { targets, dryRun } = settings
  const verification: Verification = {
    mode: settings.verifyTargets,
    verified: [],
    coveredByIds: []
  }
  const report: RunReport = {
    dryRun,
    targets,
    verification,
    toSend: targets,
    batches: [],
    results: []
  }
  const auth = await client.authenticate()
  if (auth.error) return { ...report, error: auth.error }

  if (dryRun) {
    const me = await getCurrentUser(client)
    if ('error' in me) return { ...report, error: me.error }
    report.identity = me.identity
    events.identified(me.identity)
  }

  if (settings.verifyTargets === 'auto' && !willVerify(settings)) {
    verification.skipped = `${groupDigits(targets.length)} targets are more than ${AUTO_VERIFY_LIMIT}`
  } else if (willVerify(settings)) {
    events.verifying(targets.length)
    verification.verified = await verifyTargets(targets, client)
    verification.coveredByIds = coveredByIds(verification.verified)
  }
  events.verified(verification, dryRun)
  const leftOut = new Set<Target>([
    ...unknownTargets(report),
    ...verification.coveredByIds.map(c => c.login)
  ])
  report.toSend = targets.filter(t => !leftOut.has(t))
  const unverified = verification.verified.filter(v => v.state === 'unverified')
  if (settings.verifyTargets === 'true' && unverified.length > 0) {
    return { ...report, error: cannotVerify(unverified) }
  }
  report.batches = planBatches(report.toSend, settings.batchSize)
  events.planned(report)
  if (dryRun) return report

  report.results = await sendBatches(report.batches, client, result => events.batchDone(result))
  return report
}

/** A login whose user is also listed by ID is sent once, by ID. */
function coveredByIds(verified: readonly Verified[]): Verification['coveredByIds'] {
  const ids = new Map(
    verified.filter(v => v.target.kind === 'user-ids').map(v => [v.target.value, v.target])
  )
  return verified.flatMap(v => {
    const id =
      v.state === 'found' && v.target.kind === 'user-logins' ? ids.get(v.user?.id ?? '') : undefined
    return id ? [{ login: v.target, id }] : []
  })
}

function cannotVerify(unverified: readonly Verified[]): string {
  const reasons = [...new Set(unverified.map(v => (v.state === 'unverified' ? v.reason : '')))]
  const count = unverified.length
  return `Box did not say who ${plural(count, 'target')} ${count === 1 ? 'is' : 'are'}, and verify-targets is true, so nothing was terminated: ${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? `; and ${reasons.length - 3} more reasons` : ''}`
}
