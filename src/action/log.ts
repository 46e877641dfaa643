import * as core from '@actions/core'
import type { RetryNotice } from '../net/retry.js'
import {
  batchKinds,
  batchLabel,
  describeBatches,
  groupByEndpoint,
  type Batch
} from '../run/batches.js'
import type { Identity } from '../box/endpoints/users-me.js'
import { failedTargets, unknownTargets, type RunReport, type Verification } from '../run/report.js'
import { boxMessages, type BatchResult } from '../run/terminate.js'
import { LOOKUPS_IN_FLIGHT, type Verified } from '../run/verify.js'
import { quoteEntry, safeText } from '../safe-text.js'
import { groupDigits, plural } from '../targets/kinds.js'
import { describeOrigin, kindsOf, type Target } from '../targets/target.js'
import { nonAsciiCharacters } from '../targets/validate.js'
import type { Settings } from './settings.js'

/** Targets listed per list in the log and in error messages; the rest are counted. */
export const LISTED_TARGETS = 50
/** An endpoint with more batches than this logs its progress every 10 %, not every batch. */
const BATCH_LINES_LIMIT = 20

/** One line of the log; text from inputs or Box cannot start a workflow command. */
export function info(text: string): void {
  core.info(safeText(text))
}

/** What the inputs hold that deserves a look: ignored file columns, logins outside ASCII. */
export function logInputNotes(settings: Settings): void {
  for (const note of settings.notes) info(note)
  for (const target of settings.targets) {
    const characters = target.kind === 'user-logins' ? nonAsciiCharacters(target.value) : undefined
    if (characters) {
      core.warning(
        safeText(
          `${describeOrigin(target)}: ${quoteEntry(target.value)} has characters outside ASCII (${characters}); check that it is the login you mean and not a look-alike`
        ),
        { title: 'Login outside ASCII' }
      )
    }
  }
}

export function logRetry(label: string, notice: RetryNotice): void {
  const wait = `retrying in ${(notice.waitMs / 1000).toFixed(1)} s`
  info(
    `${label}: attempt ${notice.attempt} failed (${notice.reason}); ${wait}${notice.everyRequestWaits ? ', and every request waits as long' : ''}`
  )
}

export function logVerifying(count: number): void {
  info(`Looking up ${plural(count, 'target')} in Box, ${LOOKUPS_IN_FLIGHT} at a time`)
}

/** Each endpoint's targets in a log group, before they are sent. */
export function logPlanned(report: RunReport): void {
  for (const batches of groupByEndpoint(report.batches, b => b)) {
    const { endpoint, path } = batches[0] as Batch
    const count = plural(batches.length, 'batch', 'batches')
    const dryRun = report.dryRun ? ' (dry run: not sent)' : ''
    core.startGroup(safeText(`${path}: ${describeBatches(batches)} in ${count}${dryRun}`))
    const lists = batchKinds(batches, LISTED_TARGETS)
    for (const kind of kindsOf(endpoint)) {
      const list = lists.get(kind.input)
      if (!list) continue
      const shown = list.first.map(t => safeText(t.value))
      const more =
        list.count > LISTED_TARGETS ? `, and ${groupDigits(list.count - LISTED_TARGETS)} more` : ''
      info(`${kind.bodyKey}: ${shown.join(', ')}${more}`)
    }
    core.endGroup()
  }
}

/**
 * Logs each finished batch as it ends: every batch when an endpoint has few, otherwise every
 * 10 % of its batches; a failed batch always.
 */
export function progressLog(): (result: BatchResult) => void {
  const done = new Map<string, { batches: number; targets: number; failed: number }>()
  return result => {
    const { batch } = result
    const tally = done.get(batch.path) ?? { batches: 0, targets: 0, failed: 0 }
    tally.batches++
    tally.targets += batch.targets.length
    if (!result.ok) tally.failed++
    done.set(batch.path, tally)
    if (!result.ok) {
      info(`${batchLabel(batch)} failed (${describeBatches([batch])}): ${result.error ?? ''}`)
    } else if (batch.of <= BATCH_LINES_LIMIT) {
      info(`${batchLabel(batch)}: ${answer(result)} (${describeBatches([batch])})`)
    }
    const step = Math.ceil(batch.of / 10)
    if (
      batch.of > BATCH_LINES_LIMIT &&
      (tally.batches % step === 0 || tally.batches === batch.of)
    ) {
      const failed = tally.failed > 0 ? `, ${groupDigits(tally.failed)} failed` : ''
      info(
        `${batch.path}: ${groupDigits(tally.batches)}/${groupDigits(batch.of)} batches, ${groupDigits(tally.targets)} targets${failed}`
      )
    }
  }
}

export function logIdentity(who: Identity): void {
  info(`Acting as ${who.name} (${who.login}, user ${who.id}, role ${who.role || 'unknown'})`)
}

/** What the run did, once it is over. */
export function logReport(report: RunReport): void {
  for (const results of groupByEndpoint(report.results, r => r.batch)) {
    const ok = results.filter(r => r.ok)
    const targets = results.reduce((sum, r) => sum + r.batch.targets.length, 0)
    info(
      `${results[0]?.batch.path}: ${groupDigits(ok.length)} of ${plural(results.length, 'batch', 'batches')} succeeded (${plural(targets, 'target')})`
    )
    for (const message of boxMessages(results)) info(`Box message: ${message}`)
  }
  for (const warning of distinct(report.results.map(r => r.warning ?? ''))) {
    core.warning(safeText(warning))
  }
  const unknown = unknownTargets(report)
  if (report.dryRun && unknown.length > 0) {
    core.warning(
      safeText(
        `Dry run: ${notFound(unknown)}; a real run would fail for them: ${listTargets(unknown)}`
      ),
      { title: 'Targets not found' }
    )
  }
}

/** Who each target is, as soon as the lookups are done: before anything is terminated. */
export function logVerification(verification: Verification, dryRun: boolean): void {
  if (verification.skipped) {
    core.notice(
      `Targets not looked up: ${verification.skipped}. Set verify-targets: true to look up every one.`,
      { title: 'Targets not verified' }
    )
  }
  if (verification.verified.length === 0) return
  core.startGroup(dryRun ? 'Who would be logged out' : 'Who is logged out')
  for (const entry of verification.verified)
    info(`${quoteEntry(entry.target.value)}: ${describeVerified(entry)}`)
  for (const { login, id } of verification.coveredByIds) {
    info(`${quoteEntry(login.value)} is user ${id.value}, listed by ID too: sent once, by ID`)
  }
  core.endGroup()
  const unverified = verification.verified.filter(v => v.state === 'unverified')
  if (unverified.length > 0 && verification.mode === 'auto') {
    const reasons = distinct(unverified.map(v => (v.state === 'unverified' ? v.reason : '')))
    core.warning(
      safeText(
        `Box did not say who ${plural(unverified.length, 'target')} ${unverified.length === 1 ? 'is, so it is' : 'are, so they are'} terminated as given: ${reasons.slice(0, 3).join('; ')}`
      ),
      { title: 'Targets not verified' }
    )
  }
}

export function describeVerified(entry: Verified): string {
  if (entry.state === 'not-found') return `not found (${describeOrigin(entry.target)})`
  if (entry.state === 'unverified') return `not verified: ${entry.reason}`
  if (entry.user) {
    const u = entry.user
    return `${u.name} <${u.login}>, user ${u.id}, ${u.status || 'status unknown'}, role ${u.role || 'unknown'}`
  }
  const g = entry.group
  const members =
    g?.members === undefined ? 'members unknown' : `about ${groupDigits(g.members)} members`
  return `group ${g?.name ?? ''} (${g?.id ?? ''}), ${members}`
}

/** The lines of the step's failure: what stopped it, each failed batch, each unknown target. */
export function failureLines(report: RunReport, remainderFile: string | undefined): string[] {
  const lines: string[] = []
  if (report.error) lines.push(report.error)
  const failedBatches = report.results.filter(r => !r.ok)
  for (const error of distinct(failedBatches.map(r => r.error ?? '')).slice(0, 10))
    lines.push(error)
  const unknown = unknownTargets(report)
  if (unknown.length > 0) {
    lines.push(
      `${notFound(unknown)}, so they were not terminated; everyone found was: ${listTargets(unknown)}`
    )
  }
  const failed = failedTargets(report)
  if (failed.length > 0 && remainderFile) {
    lines.push(
      `${plural(failed.length, 'target')} ${failed.length === 1 ? 'was' : 'were'} not terminated; run again with targets-file: ${remainderFile}`
    )
  }
  return lines.map(safeText)
}

function notFound(targets: readonly Target[]): string {
  return `${plural(targets.length, 'target')} ${targets.length === 1 ? 'was' : 'were'} not found in Box`
}

function listTargets(targets: readonly Target[]): string {
  const shown = targets
    .slice(0, LISTED_TARGETS)
    .map(t => `${describeOrigin(t)} ${quoteEntry(t.value)}`)
  const more = targets.length - shown.length
  return `${shown.join('; ')}${more > 0 ? `; and ${groupDigits(more)} more` : ''}`
}

function answer(result: BatchResult): string {
  const attempts = plural(result.attempts, 'attempt')
  const id = result.requestId ? `, request id ${result.requestId}` : ''
  return `HTTP ${result.status ?? 'none'} after ${attempts} in ${Math.round(result.durationMs)} ms${id}`
}

function distinct(texts: readonly string[]): string[] {
  return [...new Set(texts.filter(t => t !== ''))]
}
