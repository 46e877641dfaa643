import type { VerifyMode } from '../action/settings.js'
import type { Identity } from '../box/endpoints/users-me.js'
import type { Target } from '../targets/target.js'
import type { Batch } from './batches.js'
import type { BatchResult } from './terminate.js'
import type { Verified } from './verify.js'

/** What the lookups before termination found. */
export interface Verification {
  mode: VerifyMode
  /** Why no lookup ran, with verify-targets: auto. */
  skipped?: string
  /** One entry per target looked up; empty when none was. */
  verified: Verified[]
  /** Logins left out because their user is also listed by ID, each with that ID. */
  coveredByIds: { login: Target; id: Target }[]
}

/** Everything a run produced, from which the log, outputs and job summary are rendered. */
export interface RunReport {
  dryRun: boolean
  /** Every target asked for, once. */
  targets: Target[]
  identity?: Identity
  verification: Verification
  /** The targets to terminate: those asked for, less any not found or covered by an ID. */
  toSend: Target[]
  batches: Batch[]
  results: BatchResult[]
  /** A failure that stopped the run before any termination request, such as authentication. */
  error?: string
}

export function unknownTargets(report: RunReport): Target[] {
  return report.verification.verified.filter(v => v.state === 'not-found').map(v => v.target)
}

/**
 * The remainder: the targets to terminate whose batch did not succeed or was never sent, or all of
 * them when the run stopped before planning its batches.
 */
export function failedTargets(report: RunReport): Target[] {
  if (report.dryRun) return []
  if (report.error !== undefined && report.batches.length === 0) return report.toSend
  const done = new Set(report.results.filter(r => r.ok).map(r => r.batch))
  return report.batches.filter(batch => !done.has(batch)).flatMap(batch => batch.targets)
}

/** Whether the step fails; a dry run fails only when it could not do what a dry run does. */
export function failed(report: RunReport): boolean {
  if (report.error !== undefined) return true
  if (report.dryRun) return false
  return failedTargets(report).length > 0 || unknownTargets(report).length > 0
}
