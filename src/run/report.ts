import type { Identity } from '../box/endpoints/users-me.js'
import type { Target } from '../targets/target.js'
import type { EndpointResult, TerminationRequest } from './terminate.js'

/** Everything a run produced, from which the log, outputs and job summary are rendered. */
export interface RunReport {
  dryRun: boolean
  targets: Target[]
  requests: TerminationRequest[]
  results: EndpointResult[]
  identity?: Identity
  /** A failure that stopped the run before any termination request, such as authentication. */
  error?: string
}

export function failed(report: RunReport): boolean {
  return report.error !== undefined || report.results.some(r => !r.ok)
}
