import type { RunReport } from '../run/report.js'
import { failed } from '../run/report.js'
import { requestBody } from '../run/terminate.js'
import { describeCounts } from '../targets/target.js'
import type { OutputName } from './inputs.js'

// Outputs go to the runner's output file, not the log: they carry Box's text exactly.

/** Lists in the `result` output are cut to this many entries each; counts stay exact. */
export const RESULT_LIST_LIMIT = 1000

export function buildOutputs(report: RunReport): Record<OutputName, string> {
  const messageOf = (endpoint: string): string | undefined =>
    report.results.find(r => r.endpoint === endpoint)?.message
  const users = messageOf('users')
  const groups = messageOf('groups')
  const messages = [...new Set([users, groups].filter(m => m))]
  const message = report.dryRun
    ? `Dry run: no sessions were terminated; would end sessions of ${report.requests.map(r => describeCounts(r.targets)).join(', ')}`
    : messages.join('\n')
  return {
    message,
    'users-message': users ?? '',
    'groups-message': groups ?? '',
    result: JSON.stringify(resultObject(report))
  }
}

function resultObject(report: RunReport): Record<string, unknown> {
  const result: Record<string, unknown> = { dryRun: report.dryRun, ok: !failed(report) }
  if (report.identity) result.actingAs = report.identity
  if (report.error) result.error = report.error
  for (const request of report.requests) {
    const outcome = report.results.find(r => r.endpoint === request.endpoint)
    const targets: Record<string, string[]> = {}
    const counts: Record<string, number> = {}
    let truncated = false
    for (const [key, list] of Object.entries(requestBody(request))) {
      targets[key] = list.slice(0, RESULT_LIST_LIMIT)
      counts[key] = list.length
      truncated ||= list.length > RESULT_LIST_LIMIT
    }
    result[request.endpoint] = {
      endpoint: request.path,
      sent: outcome?.sent ?? false,
      targets,
      counts,
      ...(truncated ? { targetsTruncated: true } : {}),
      ...(outcome
        ? {
            status: outcome.status ?? null,
            message: outcome.message,
            requestId: outcome.requestId ?? null,
            attempts: outcome.attempts,
            durationMs: Math.round(outcome.durationMs),
            ...(outcome.error ? { error: outcome.error } : {}),
            ...(outcome.warning ? { warning: outcome.warning } : {})
          }
        : {})
    }
  }
  return result
}
