import {
  answeredRequests,
  countLookups,
  isExternal,
  remainder,
  withOutcome,
  countOutcomes,
  OUTCOMES,
  type Outcome,
  type AnsweredBatch,
  type Batch,
  type Entry,
  type Ledger
} from '../run/ledger.js'
import type { Settings } from '../settings/settings.js'
import type { TerminateEndpoint } from '../box/endpoints/terminate-sessions.js'
import { shrinkToFit } from './fit.js'
import { batchesByEndpoint, endpointMessages, runFailed } from './outcome-text.js'
import { describeLookupPlan } from './lookup-text.js'

/**
 * The most bytes `result` takes, whatever the count of targets or Box's text: `NAME=value` then
 * fits one environment string (Linux refuses one over 128 KiB), for a later step's `env:`.
 */
export const RESULT_LIMIT_BYTES = 127 * 1024
/** How `result.counts` names each outcome: every outcome has a name, or the compiler says so. */
const COUNT_NAMES: Record<Outcome, string> = {
  accepted: 'accepted',
  not_found: 'notFound',
  failed: 'failed',
  not_sent: 'notSent',
  covered: 'covered'
}

/** Message and error texts in `result` are cut to this many characters, with a flag. */
const RESULT_TEXT_LIMIT = 1000
/** Targets described one by one in `result`; the rest are counted. */
const RESULT_TARGET_LIMIT = 100
/** Batches described in full in `result`, per endpoint. */
const RESULT_BATCH_LIMIT = 10
/** Names and values in the target list are cut to this many characters. */
const FIELD_LIMIT = 300

/**
 * The `result` output: what happened, for later steps and audit, at most 127 KiB. The lists are
 * cut (with flags saying so) and, should escaping still make it too large, shortened further.
 */
export function buildResult(ledger: Ledger, settings: Settings): string {
  return shrinkToFit(
    RESULT_TARGET_LIMIT,
    targets =>
      JSON.stringify(resultObject(ledger, settings, targets, targets > 0 ? RESULT_BATCH_LIMIT : 0)),
    text => Buffer.byteLength(text) <= RESULT_LIMIT_BYTES
  ).rendered
}

function resultObject(
  ledger: Ledger,
  settings: Settings,
  targetLimit: number,
  batchLimit: number
): Record<string, unknown> {
  const counts = countOutcomes(ledger)
  const result: Record<string, unknown> = {
    dryRun: ledger.dryRun,
    ok: !runFailed(ledger, settings),
    cancelled: ledger.cancelled
  }
  if (ledger.identity) result.actingAs = ledger.identity
  if (ledger.error) Object.assign(result, cut('error', ledger.error))
  result.counts = {
    targets: ledger.entries.length,
    ...Object.fromEntries(OUTCOMES.map(outcome => [COUNT_NAMES[outcome], counts[outcome]]))
  }
  const lookups: Record<string, unknown> = {
    mode: settings.verify.input,
    plan: ledger.lookups.plan,
    ...cut('reason', describeLookupPlan(ledger.lookups))
  }
  for (const [state, count] of Object.entries(countLookups(ledger))) lookups[camel(state)] = count
  lookups.external = ledger.entries.filter(entry => isExternal(entry, ledger)).length
  result.lookups = lookups
  const { splitting } = ledger
  if (splitting.pieces > 0 || splitting.notes.length > 0) {
    result.splitting = {
      pieces: splitting.pieces,
      notIsolated: splitting.notIsolated,
      notes: splitting.notes.map(note => note.slice(0, FIELD_LIMIT))
    }
  }
  result.unknownCount = withOutcome(ledger, 'not_found').length
  result.failedCount = remainder(ledger).length
  for (const { endpoint, batches } of batchesByEndpoint(ledger)) {
    result[endpoint.name] = endpointResult(ledger, endpoint, batches, batchLimit)
  }
  result.targets = ledger.entries.slice(0, targetLimit).map(entry => targetResult(entry, ledger))
  if (ledger.entries.length > targetLimit) result.targetsTruncated = true
  return result
}

function endpointResult(
  ledger: Ledger,
  endpoint: TerminateEndpoint,
  batches: Batch[],
  batchLimit: number
): Record<string, unknown> {
  const pieces = batches.flatMap(b => b.pieces ?? [])
  const answered = batches.filter(b => b.answer)
  const failed = answered.filter(b => b.answer?.ok === false)
  const first = failed[0] ?? answered[0]
  const requests = answeredRequests(batches)
  return {
    endpoint: endpoint.path,
    sent: batches.some(b => b.answer?.sent) || pieces.some(p => p.answer?.sent),
    ...(ledger.dryRun
      ? {}
      : {
          // Box accepted every target, whole or in pieces.
          ok: batches.every(b => b.entries.every(entry => entry.outcome === 'accepted')),
          // The status that tells: the first failed batch's, else the first batch's.
          status: first?.answer?.status ?? null
        }),
    ...cut('message', endpointMessages(batches).join('\n')),
    batchCounts: {
      total: batches.length,
      sent: batches.filter(b => b.answer?.sent).length,
      succeeded: answered.length - failed.length,
      failed: failed.length,
      // Requests beyond the planned batches: pieces of refused batches.
      pieces: pieces.filter(p => p.answer).length
    },
    batches: requests.slice(0, batchLimit).map(batchResult),
    ...(requests.length > batchLimit ? { batchesTruncated: true } : {}),
    ...(failed[0]?.answer && !failed[0].answer.ok ? cut('error', failed[0].answer.error) : {})
  }
}

function batchResult({ answer, ...batch }: AnsweredBatch): Record<string, unknown> {
  return {
    batch: batch.number,
    ...(batch.piece === undefined ? {} : { piece: batch.piece }),
    size: batch.entries.length,
    sent: answer.sent,
    status: answer.status ?? null,
    requestId: answer.requestId ?? null,
    attempts: answer.attempts,
    durationMs: Math.round(answer.durationMs),
    answeredAt: answer.answeredAt === undefined ? null : new Date(answer.answeredAt).toISOString(),
    ...(answer.ok ? cut('message', answer.value) : cut('error', answer.error)),
    ...(answer.ok && answer.warning ? cut('warning', answer.warning) : {})
  }
}

function targetResult(entry: Entry, ledger: Ledger): Record<string, unknown> {
  return {
    kind: entry.target.kind,
    value: entry.target.value.slice(0, FIELD_LIMIT),
    outcome: entry.outcome,
    lookup: entry.lookup,
    ...(entry.found
      ? {
          boxId: entry.found.id.slice(0, FIELD_LIMIT),
          name: entry.found.name.slice(0, FIELD_LIMIT)
        }
      : {}),
    ...(entry.members === undefined ? {} : { members: entry.members, membersApproximate: true }),
    ...(isExternal(entry, ledger) ? { external: true } : {}),
    ...(entry.batch?.answer?.requestId
      ? { requestId: entry.batch.answer.requestId.slice(0, FIELD_LIMIT) }
      : {})
  }
}

/** `{ name: text }`, cut to RESULT_TEXT_LIMIT characters with `nameTruncated: true` when it was longer. */
function cut(name: string, text: string): Record<string, unknown> {
  return text.length > RESULT_TEXT_LIMIT
    ? { [name]: text.slice(0, RESULT_TEXT_LIMIT), [`${name}Truncated`]: true }
    : { [name]: text }
}

/** not_found → notFound. */
function camel(name: string): string {
  return name.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase())
}
