import type { OutputName } from './inputs.js'
import type { Identity } from './whoami.js'
import type { EndpointResult, TerminationRequest } from './terminate.js'

/** Everything a run produced, from which outputs and the job summary are rendered. */
export interface RunReport {
  dryRun: boolean
  requests: TerminationRequest[]
  results: EndpointResult[]
  identity?: Identity
  /** A failure that stopped the run before any termination request, such as authentication. */
  error?: string
}

/** Lists in the `result` output are cut to this many entries each; counts stay exact. */
export const RESULT_LIST_LIMIT = 1000

export function failed(report: RunReport): boolean {
  return report.error !== undefined || report.results.some(r => !r.ok)
}

export function countTargets(request: TerminationRequest): string {
  return Object.entries(request.body)
    .filter(([, list]) => list.length > 0)
    .map(([key, list]) => `${list.length} ${label(key, list.length)}`)
    .join(', ')
}

function label(key: string, count: number): string {
  const names: Record<string, [string, string]> = {
    user_ids: ['user ID', 'user IDs'],
    user_logins: ['user login', 'user logins'],
    group_ids: ['group ID', 'group IDs']
  }
  const [one, many] = names[key] ?? [key, key]
  return count === 1 ? one : many
}

export function buildOutputs(report: RunReport): Record<OutputName, string> {
  const users = report.results.find(r => r.name === 'users')
  const groups = report.results.find(r => r.name === 'groups')
  const messages = [...new Set([users?.message, groups?.message].filter(m => m))]
  const message = report.dryRun
    ? `Dry run: no sessions were terminated; would end sessions of ${report.requests.map(countTargets).join(', ')}`
    : messages.join('\n')
  return {
    message,
    'users-message': users?.message ?? '',
    'groups-message': groups?.message ?? '',
    result: JSON.stringify(resultObject(report))
  }
}

function resultObject(report: RunReport): Record<string, unknown> {
  const result: Record<string, unknown> = { dryRun: report.dryRun, ok: !failed(report) }
  if (report.identity) result.actingAs = report.identity
  if (report.error) result.error = report.error
  for (const request of report.requests) {
    const outcome = report.results.find(r => r.name === request.name)
    const targets: Record<string, string[]> = {}
    const counts: Record<string, number> = {}
    let truncated = false
    for (const [key, list] of Object.entries(request.body)) {
      targets[key] = list.slice(0, RESULT_LIST_LIMIT)
      counts[key] = list.length
      truncated ||= list.length > RESULT_LIST_LIMIT
    }
    result[request.name] = {
      endpoint: request.endpoint,
      sent: outcome !== undefined,
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
