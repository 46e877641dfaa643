import * as core from '@actions/core'
import type { Identity } from '../box/endpoints/users-me.js'
import type { RetryNotice } from '../net/retry.js'
import { batchedTargets, batchLabel } from '../run/batches.js'
import {
  answeredRequests,
  withOutcome,
  type Batch,
  type Entry,
  type Ledger,
  type LookupRecord
} from '../run/ledger.js'
import { TARGETS_SHOWN } from '../run/look-up.js'
import { PIECES_BUDGET } from '../run/terminate.js'
import { quoteEntry, safeText } from '../safe-text.js'
import type { Settings, VerifyPolicy } from '../settings/settings.js'
import { kindOf } from '../targets/kinds.js'
import { countLabel } from '../targets/kind.js'
import { groupDigits, plural } from '../words.js'
import { describeCounts, describeOrigin, firstOfKind, type Target } from '../targets/target.js'
import {
  batchesByEndpoint,
  endpointMessages,
  describeLookup,
  describeOutcomes,
  externalLine,
  LISTED_TARGETS,
  notFoundLine
} from './outcome-text.js'
import { describeLookupPlan } from './lookup-text.js'

/** An endpoint with more batches than this logs its progress every 10 %, not every batch. */
const BATCH_LINES_LIMIT = 20
/** Targets per line when the log has to name every one. */
const TARGETS_PER_LINE = 50

/** One line of the log; text from inputs or Box cannot start a workflow command. */
export function info(text: string): void {
  core.info(safeText(text))
}

/**
 * What the run decided from its inputs, as debug lines: never a credential's value, only which
 * kind of credentials and subject.
 */
export function logDecidedSettings(settings: Settings): void {
  const { verify, auth } = settings
  const lookups =
    verify.maxRequests === 0
      ? 'no lookup'
      : Number.isFinite(verify.maxRequests)
        ? `at most ${groupDigits(verify.maxRequests)} lookup requests`
        : 'every target looked up, and any unverified one stops the run'
  const subject = auth.method === 'token' ? '' : `, subject ${auth.subject.type}`
  core.debug(`decided verify-targets: ${verify.input} (${lookups})`)
  core.debug(
    `decided batch-size ${settings.batchSize}, max-retries ${settings.maxRetries}, request-timeout ${settings.requestTimeoutMs} ms`
  )
  core.debug(
    `decided dry-run ${settings.dryRun}, fail-on-unknown ${settings.failOnUnknown}, job-summary ${settings.jobSummary}`
  )
  core.debug(`decided credentials: ${auth.method}${subject}`)
  core.debug(safeText(`decided base-url: ${settings.baseUrl}`))
  core.debug(`decided targets: ${targetCounts(settings.targets) || 'none'}`)
}

// Two lines name the counts of the targets read: they are counted once.
const countsRead = new WeakMap<readonly Target[], string>()
function targetCounts(targets: readonly Target[]): string {
  let counts = countsRead.get(targets)
  // Stryker disable next-line ConditionalExpression: counting again gives the same words
  if (counts === undefined) countsRead.set(targets, (counts = describeCounts(targets)))
  return counts
}

/** What the inputs hold, and what deserves a look: ignored file columns, look-alike characters. */
export function logInputNotes(settings: Settings): void {
  info(`Read ${plural(settings.targets.length, 'target')}: ${targetCounts(settings.targets)}`)
  for (const note of settings.notes) info(note)
  for (const target of settings.targets) {
    const kind = kindOf(target.kind)
    const characters = kind.lookAlikes?.(target.value)
    if (characters) {
      core.warning(
        safeText(
          `${describeOrigin(target)}: ${quoteEntry(target.value)} has characters outside ASCII (${characters}); check that it is the ${kind.label[0]} you mean and not a look-alike`
        ),
        { title: 'Look-alike characters' }
      )
    }
  }
}

export function logRetry(label: string, notice: RetryNotice): void {
  const wait = `retrying in ${(notice.waitMs / 1000).toFixed(1)} s`
  const pace =
    notice.paceMs === undefined
      ? ''
      : `; from then on a request starts at most every ${groupDigits(notice.paceMs)} ms, to keep under Box's rate limit`
  info(
    `${label}: attempt ${notice.attempt} failed (${notice.reason}); ${wait}${notice.everyRequestWaits ? ', and every request waits as long' : ''}${pace}`
  )
}

export function logIdentity(who: Identity): void {
  info(`Acting as ${who.name} (${who.login}, user ${who.id}, role ${who.role || 'unknown'})`)
}

/**
 * How the targets are to be looked up, in one line; a notice when verify-targets asked for lookups
 * and the run skips them as too costly.
 */
export function logLookupPlan(record: LookupRecord, policy: VerifyPolicy): void {
  if (record.plan === 'none' && policy.maxRequests > 0) {
    core.notice(safeText(describeLookupPlan(record)), { title: 'Targets not looked up' })
  } else {
    info(describeLookupPlan(record))
  }
}

/** Who each target is, as soon as the lookups are done: before anything is terminated. */
export function logLookedUp(ledger: Ledger, strict: boolean, cancelled = false): void {
  if (ledger.lookups.plan === 'none') return
  for (const line of ledger.lookups.stopped ?? []) info(line)
  core.startGroup('Who the targets are')
  for (const entry of ledger.entries.slice(0, TARGETS_SHOWN)) {
    info(`${quoteEntry(entry.target.value)}: ${describeLookup(entry, ledger)}`)
  }
  if (ledger.entries.length > TARGETS_SHOWN) {
    info(
      `and ${groupDigits(ledger.entries.length - TARGETS_SHOWN)} more: every target is in the report-file`
    )
  }
  core.endGroup()
  const unverified = ledger.entries.filter(e => e.lookup === 'unverified')
  if (unverified.length > 0 && (!strict || cancelled)) {
    const reasons = [...new Set(unverified.map(e => e.detail ?? ''))]
    const count = unverified.length
    const then = cancelled
      ? `${count === 1 ? 'is' : 'are'}, and nothing is sent, as the run was cancelled`
      : count === 1
        ? 'is, so it is sent as given'
        : 'are, so they are sent as given'
    core.warning(
      safeText(
        `Box did not say who ${plural(count, 'target')} ${then}: ${reasons.slice(0, 3).join('; ')}`
      ),
      { title: 'Targets not verified' }
    )
  }
  const external = externalLine(ledger, LISTED_TARGETS)
  if (external) core.warning(safeText(external), { title: 'External users' })
}

/** Each endpoint's targets in a log group, before they are sent. */
export function logPlanned(ledger: Ledger): void {
  for (const { endpoint, batches } of batchesByEndpoint(ledger)) {
    const count = plural(batches.length, 'batch', 'batches')
    const dryRun = ledger.dryRun ? ' (dry run: not sent)' : ''
    const kinds = firstOfKind(batchedTargets(batches), LISTED_TARGETS)
    const counts = kinds.map(({ kind, count: total }) => countLabel(kind, total)).join(', ')
    core.startGroup(safeText(`${endpoint.path}: ${counts} in ${count}${dryRun}`))
    for (const { kind, count: total, first } of kinds) {
      const more = total > first.length ? `, and ${groupDigits(total - first.length)} more` : ''
      const list =
        kind.sends === 'found-id' ? `${kind.bodyKey} found for ${kind.input}` : kind.bodyKey
      info(`${list}: ${first.map(t => t.value).join(', ')}${more}`)
    }
    core.endGroup()
  }
  const covered = withOutcome(ledger, 'covered')
  for (const entry of covered.slice(0, LISTED_TARGETS)) {
    const by = entry.coveredBy?.target
    const as = by ? `${kindOf(by.kind).label[0]} ${by.value}` : ''
    info(`${quoteEntry(entry.target.value)} is ${as}, also listed: sent once, as ${as}`)
  }
  if (covered.length > LISTED_TARGETS) {
    info(`and ${groupDigits(covered.length - LISTED_TARGETS)} more targets sent once, as another`)
  }
}

/**
 * Logs each finished batch as it ends: every batch when an endpoint has few, otherwise every
 * 10 % of its batches; a failed batch always. A piece of a refused batch is logged as a batch is,
 * and not counted among the batches.
 */
export function progressLog(): (batch: Batch) => void {
  const done = new Map<string, { batches: number; targets: number; failed: number }>()
  return batch => {
    const answer = batch.answer
    const path = batch.endpoint.path
    if (batch.piece !== undefined) {
      if (answer) logAnswer(batch, answer)
      return
    }
    const tally = done.get(path) ?? { batches: 0, targets: 0, failed: 0 }
    tally.batches++
    tally.targets += batch.entries.length
    if (!answer?.ok) tally.failed++
    done.set(path, tally)
    if (answer) logAnswer(batch, answer)
    const step = Math.ceil(batch.endpointBatches / 10)
    if (
      batch.endpointBatches > BATCH_LINES_LIMIT &&
      (tally.batches % step === 0 || tally.batches === batch.endpointBatches)
    ) {
      const failed = tally.failed > 0 ? `, ${groupDigits(tally.failed)} failed` : ''
      info(
        `${path}: ${groupDigits(tally.batches)}/${groupDigits(batch.endpointBatches)} batches, ${groupDigits(tally.targets)} targets${failed}`
      )
    }
  }
}

/** A request's answer in a line: a refusal always, an acceptance when its endpoint has few batches. */
function logAnswer(batch: Batch, answer: NonNullable<Batch['answer']>): void {
  const size = plural(batch.entries.length, 'target')
  if (!answer.ok) {
    info(`${batchLabel(batch)} failed (${size}): ${answer.error}`)
  } else if (batch.endpointBatches <= BATCH_LINES_LIMIT) {
    const id = answer.requestId ? `, request id ${answer.requestId}` : ''
    info(
      `${batchLabel(batch)}: HTTP ${answer.status ?? 'none'} after ${plural(answer.attempts, 'attempt')} in ${Math.round(answer.durationMs)} ms${id} (${size})`
    )
  }
}

/** What the run did, once it is over. */
export function logOutcome(ledger: Ledger, settings: Settings): void {
  for (const { endpoint, batches } of batchesByEndpoint(ledger)) {
    const answered = batches.filter(b => b.answer)
    if (answered.length === 0) continue
    const ok = answered.filter(b => b.answer?.ok).length
    const pieces = answeredRequests(batches).filter(request => request.piece !== undefined)
    const inPieces =
      pieces.length > 0
        ? `; ${groupDigits(pieces.filter(p => p.answer.ok).length)} of ${plural(pieces.length, 'piece')} of refused batches accepted`
        : ''
    info(
      `${endpoint.path}: ${groupDigits(ok)} of ${plural(batches.length, 'batch', 'batches')} succeeded${inPieces}`
    )
    for (const message of endpointMessages(batches)) info(`Box message: ${message}`)
  }
  for (const note of ledger.splitting.notes) {
    core.notice(safeText(note), { title: 'What Box refuses' })
  }
  if (ledger.splitting.notIsolated > 0) {
    core.warning(
      `${plural(ledger.splitting.notIsolated, 'target')} of requests Box refused were not sent again in smaller pieces: the run sends at most ${groupDigits(PIECES_BUDGET)} pieces. They failed in Box's words and are in the remainder.`,
      { title: 'Refusals not isolated' }
    )
  }
  info(`Outcome: ${plural(ledger.entries.length, 'target')}: ${describeOutcomes(ledger)}`)
  const unknown = notFoundLine(ledger, LISTED_TARGETS)
  if (unknown && !settings.failOnUnknown) {
    core.warning(safeText(unknown), { title: 'Targets not found' })
  }
}

/** Names every target left, all of them, in a collapsed group: when the remainder file could not be written. */
export function logRemainder(entries: readonly Entry[]): void {
  core.startGroup(
    `Not accepted by Box: ${plural(entries.length, 'target')} (the remainder file could not be written)`
  )
  for (const { kind, count, first } of firstOfKind(
    entries.map(e => e.target),
    entries.length
  )) {
    for (let start = 0; start < first.length; start += TARGETS_PER_LINE) {
      const values = first.slice(start, start + TARGETS_PER_LINE).map(t => t.value)
      info(
        `${countLabel(kind, count)}, ${start + 1}–${start + values.length}: ${values.join(', ')}`
      )
    }
  }
  core.endGroup()
}
