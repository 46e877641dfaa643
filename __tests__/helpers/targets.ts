import { planBatches, type Batch } from '../../src/run/batches.js'
import type { RunReport } from '../../src/run/report.js'
import type { BatchResult } from '../../src/run/terminate.js'
import type { Target } from '../../src/targets/target.js'

/** A target as an input gives it. */
export const target = (kind: Target['kind'], value: string): Target => ({
  kind,
  value,
  source: kind
})

/** A report of a run that has not done anything yet. */
export function emptyReport(targets: Target[], extra: Partial<RunReport> = {}): RunReport {
  return {
    dryRun: false,
    targets,
    verification: { mode: 'false', verified: [], coveredByIds: [] },
    toSend: targets,
    batches: [],
    results: [],
    ...extra
  }
}

/** Two user IDs, a login and a group: one batch for each endpoint. */
export const sampleTargets = [
  target('user-ids', '1'),
  target('user-ids', '2'),
  target('user-logins', 'a@example.com'),
  target('group-ids', '9')
]
export const sampleBatches = planBatches(sampleTargets, 1000) as [Batch, Batch]

/** A batch Box accepted with this message. */
export const accepted = (batch: Batch, message: string): BatchResult => ({
  batch,
  ok: true,
  sent: true,
  status: 202,
  message,
  requestId: `${batch.endpoint}-rid`,
  attempts: 1,
  durationMs: 12.4
})
