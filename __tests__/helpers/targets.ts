import type { RunReport } from '../../src/run/report.js'
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
