import { TERMINATE_PATHS } from '../box/endpoints/terminate-sessions.js'
import { batchKinds } from '../run/batches.js'
import { failed, failedTargets, unknownTargets, type RunReport } from '../run/report.js'
import { boxMessages, type BatchResult } from '../run/terminate.js'
import { asTargetsJson, describeCounts, describeOrigin, kindsOf } from '../targets/target.js'
import type { OutputName } from './inputs.js'

// Outputs go to the runner's output file, not the log: they carry Box's text exactly.

/** Lists in the `result` output are cut to this many entries each; counts stay exact. */
export const RESULT_LIST_LIMIT = 1000
/** Targets described one by one in `result` (who each is); the rest are counted. */
export const RESULT_VERIFIED_LIMIT = 100
/** Batches described in full in `result`, per endpoint. */
export const RESULT_BATCH_LIMIT = 10

export function buildOutputs(
  report: RunReport,
  remainderFile: string | undefined
): Record<OutputName, string> {
  const messages = (endpoint?: string): string =>
    boxMessages(
      report.results
        .filter(r => !endpoint || r.batch.endpoint === endpoint)
        .sort((a, b) => endpointOrder(a) - endpointOrder(b))
    ).join('\n')
  const unknown = unknownTargets(report)
  const message = report.dryRun
    ? `Dry run: no sessions were terminated; would end sessions of ${describeCounts(report.toSend) || 'no one'}${unknown.length > 0 ? `; ${unknown.length} not found` : ''}`
    : messages()
  return {
    message,
    'users-message': messages('users'),
    'groups-message': messages('groups'),
    result: JSON.stringify(resultObject(report)),
    'unknown-targets':
      report.verification.verified.length > 0 ? JSON.stringify(asTargetsJson(unknown)) : '',
    'failed-targets-file': remainderFile ?? '',
    'failed-count': String(failedTargets(report).length)
  }
}

const ENDPOINTS = Object.keys(TERMINATE_PATHS)
const endpointOrder = (result: BatchResult): number => ENDPOINTS.indexOf(result.batch.endpoint)

function resultObject(report: RunReport): Record<string, unknown> {
  const result: Record<string, unknown> = { dryRun: report.dryRun, ok: !failed(report) }
  if (report.identity) result.actingAs = report.identity
  if (report.error) result.error = report.error
  const { verification } = report
  const count = (state: string) => verification.verified.filter(v => v.state === state).length
  result.verification = {
    mode: verification.mode,
    ran: verification.verified.length > 0,
    ...(verification.skipped ? { skipped: verification.skipped } : {}),
    found: count('found'),
    notFound: count('not-found'),
    unverified: count('unverified'),
    sentOnceById: verification.coveredByIds.length
  }
  if (verification.verified.length > 0) {
    result.verified = verification.verified.slice(0, RESULT_VERIFIED_LIMIT).map(v => ({
      kind: v.target.kind,
      value: v.target.value,
      from: describeOrigin(v.target),
      found: v.state === 'found' ? true : v.state === 'not-found' ? false : null,
      ...(v.state === 'found' && v.user ? { user: v.user } : {}),
      ...(v.state === 'found' && v.group
        ? { group: { ...v.group, members: v.group.members ?? null, membersApproximate: true } }
        : {}),
      ...(v.state === 'unverified' ? { reason: v.reason } : {})
    }))
    if (verification.verified.length > RESULT_VERIFIED_LIMIT) result.verifiedTruncated = true
  }
  result.unknownCount = unknownTargets(report).length
  result.failedCount = failedTargets(report).length
  for (const endpoint of ENDPOINTS) {
    const batches = report.batches.filter(b => b.endpoint === endpoint)
    if (batches.length > 0) result[endpoint] = endpointResult(report, batches)
  }
  return result
}

function endpointResult(report: RunReport, batches: RunReport['batches']): Record<string, unknown> {
  const endpoint = batches[0]?.endpoint ?? 'users'
  const results = report.results.filter(r => r.batch.endpoint === endpoint)
  const lists = batchKinds(batches, RESULT_LIST_LIMIT)
  const targets: Record<string, string[]> = {}
  const counts: Record<string, number> = {}
  let truncated = false
  for (const kind of kindsOf(endpoint)) {
    const list = lists.get(kind.input)
    targets[kind.bodyKey] = list?.first.map(t => t.value) ?? []
    counts[kind.bodyKey] = list?.count ?? 0
    truncated ||= (list?.count ?? 0) > RESULT_LIST_LIMIT
  }
  const failedOnes = results.filter(r => !r.ok)
  const firstFailure = failedOnes[0]
  const outcome = report.dryRun
    ? {}
    : {
        ok: results.length === batches.length && failedOnes.length === 0,
        // The status that tells: the first failed batch's, else the first batch's.
        status: (firstFailure ?? results[0])?.status ?? null
      }
  return {
    endpoint: TERMINATE_PATHS[endpoint],
    sent: results.some(r => r.sent),
    ...outcome,
    message: boxMessages(results).join('\n'),
    targets,
    counts,
    ...(truncated ? { targetsTruncated: true } : {}),
    batchCounts: {
      total: batches.length,
      sent: results.filter(r => r.sent).length,
      succeeded: results.filter(r => r.ok).length,
      failed: failedOnes.length
    },
    failedTargets: failedOnes.reduce((sum, r) => sum + r.batch.targets.length, 0),
    batches: results.slice(0, RESULT_BATCH_LIMIT).map(r => ({
      batch: r.batch.number,
      size: r.batch.targets.length,
      sent: r.sent,
      status: r.status ?? null,
      requestId: r.requestId ?? null,
      attempts: r.attempts,
      durationMs: Math.round(r.durationMs),
      ...(r.ok ? { message: r.message } : { error: r.error }),
      ...(r.warning ? { warning: r.warning } : {})
    })),
    ...(results.length > RESULT_BATCH_LIMIT ? { batchesTruncated: true } : {}),
    ...(firstFailure ? { error: firstFailure.error } : {})
  }
}
