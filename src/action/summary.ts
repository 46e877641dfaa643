import * as core from '@actions/core'
import {
  answeredRequests,
  carrierOf,
  countOutcomes,
  isExternal,
  remainder,
  unreachable,
  withOutcome,
  type Entry,
  type Ledger
} from '../run/ledger.js'
import { TARGETS_SHOWN } from '../run/look-up.js'
import { htmlText } from '../safe-text.js'
import type { Settings } from '../settings/settings.js'
import { groupDigits, plural } from '../words.js'
import { describeOrigin, firstOfKind } from '../targets/target.js'
import type { AuditContext } from './audit.js'
import {
  batchesByEndpoint,
  endpointMessages,
  cancelledLine,
  describeLookup,
  describeOutcomes,
  externalLine,
  runFailed
} from './outcome-text.js'
import { shrinkToFit } from './fit.js'
import type { FilePaths } from './outputs.js'
import { describeLookupPlan } from './lookup-text.js'

/** The most bytes the job summary takes (GitHub refuses one above 1 MiB), whatever the count of targets. */
export const SUMMARY_LIMIT_BYTES = 512 * 1024
/** Targets listed per kind in the not-found and not-accepted lists; the rest are counted. */
const SUMMARY_LIST_LIMIT = 50
/** Batches shown one by one. */
const SUMMARY_BATCH_LIMIT = 10
/** Text from Box in a cell is cut to this many characters. */
const CELL_LIMIT = 300

type Summary = typeof core.summary
type TableRow = Parameters<Summary['addTable']>[0][number]

const header = (...cells: string[]): TableRow => cells.map(data => ({ data, header: true }))
const code = (text: string): string => `<code>${htmlText(text)}</code>`
/** What an empty cell shows. */
const NONE = '—'
const short = (text: string): string =>
  htmlText(text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT)}…` : text)

export interface SummaryContext {
  settings: Settings
  audit: AuditContext
  files: FilePaths
  /** Why the step fails beyond the ledger: files not written, defects. */
  problems: readonly string[]
}

/**
 * Builds the job summary with @actions/core, every text from inputs or Box escaped, at most
 * 512 KiB: the targets table shows the first 100 and points to the report for the rest.
 */
export function buildSummary(ledger: Ledger, context: SummaryContext): Summary {
  return shrinkToFit(
    TARGETS_SHOWN,
    rows => summaryOf(ledger, context, rows),
    summary => Buffer.byteLength(summary.stringify()) <= SUMMARY_LIMIT_BYTES
  ).rendered
}

function summaryOf(ledger: Ledger, context: SummaryContext, rows: number): Summary {
  const { settings, audit, files } = context
  const summary = core.summary.emptyBuffer()
  const accepted = countOutcomes(ledger).accepted
  const title = ledger.dryRun
    ? 'Dry run: Box session termination'
    : ledger.cancelled
      ? 'Box session termination cancelled'
      : runFailed(ledger, settings) || context.problems.length > 0
        ? 'Box session termination failed'
        : accepted > 0
          ? 'Box accepted the jobs to end the sessions'
          : 'Nothing sent: no target was found in Box'
  summary.addHeading(title, 2)
  if (ledger.dryRun) summary.addRaw('<p><b>Dry run</b>: no termination request was sent.</p>', true)
  if (!ledger.dryRun && accepted > 0) {
    summary.addRaw(
      '<p>Box accepted jobs that end the sessions in the background; its admin events show how each job ended.</p>',
      true
    )
  }
  if (ledger.identity) {
    const who = ledger.identity
    summary.addRaw(
      `<p>Acting as <b>${short(who.name || who.id)}</b> (${short(who.login)}, user ${short(who.id)}, role ${short(who.role || 'unknown')}).</p>`,
      true
    )
  }
  if (ledger.cancelled)
    summary.addRaw(`<p><b>${htmlText(cancelledLine(ledger, files.remainder))}</b></p>`, true)
  if (ledger.error) summary.addRaw(`<p><b>Error:</b> ${short(ledger.error)}</p>`, true)
  for (const problem of context.problems)
    summary.addRaw(`<p><b>Error:</b> ${short(problem)}</p>`, true)
  summary.addRaw(
    `<p>${htmlText(plural(ledger.entries.length, 'target'))}: ${htmlText(describeOutcomes(ledger))}.</p>`,
    true
  )
  summary.addRaw(`<p>${short(describeLookupPlan(ledger.lookups))}.</p>`, true)
  const external = externalLine(ledger, 10)
  if (external) summary.addRaw(`<p>⚠️ ${short(external)}.</p>`, true)

  addTargets(summary, ledger, files, rows)
  addRequests(summary, ledger)
  addLists(summary, ledger, files)

  summary.addHeading('Audit', 3)
  summary.addList([
    `Actor: ${htmlText(audit.actor || 'unknown')}`,
    `Event: ${htmlText(audit.eventName || 'unknown')}`,
    `Workflow: ${htmlText(audit.workflow || 'unknown')}`,
    `Run: ${audit.runUrl ? `<a href="${htmlText(audit.runUrl)}">${htmlText(audit.runUrl)}</a>` : 'unknown'}`
  ])
  return summary
}

/** Every target's outcome and who Box says it is, the first `rows` of them. */
function addTargets(summary: Summary, ledger: Ledger, files: FilePaths, rows: number): void {
  summary.addHeading('Targets', 3)
  summary.addTable([
    header('Target', 'From', 'Outcome', 'Who Box says it is', 'Request ID'),
    ...ledger.entries
      .slice(0, rows)
      .map(entry => [
        code(entry.target.value),
        htmlText(describeOrigin(entry.target)),
        outcomeCell(entry),
        whoCell(entry, ledger),
        requestIdCell(carrierOf(entry))
      ])
  ])
  const more =
    ledger.entries.length > rows
      ? `The first ${groupDigits(rows)} of ${plural(ledger.entries.length, 'target')}. `
      : ''
  const report = files.report ? `Every target is in the report: ${code(files.report)}.` : ''
  if (more || report) summary.addRaw(`<p>${more}${report}</p>`, true)
}

function outcomeCell(entry: Entry): string {
  switch (entry.outcome) {
    case 'accepted':
      return '✅ accepted'
    case 'not_found':
      return '❌ not found'
    case 'failed':
      return '❌ failed'
    case 'covered':
      return `↪️ covered by ${code(entry.coveredBy?.target.value ?? '')}`
    case 'not_sent':
    case undefined:
      return '⏸️ not sent'
    default:
      return unreachable(entry.outcome)
  }
}

function whoCell(entry: Entry, ledger: Ledger): string {
  const who = short(describeLookup(entry, ledger))
  return entry.lookup === 'unverified' || isExternal(entry, ledger) ? `⚠️ ${who}` : who
}

/** The request ID of the batch that carried a target (a covered login's is its ID's), or a dash. */
function requestIdCell(carrier: Entry | undefined): string {
  return short(carrier?.batch?.answer?.requestId ?? '') || NONE
}

function addRequests(summary: Summary, ledger: Ledger): void {
  const requests = answeredRequests(ledger.batches)
  const pieces = requests.filter(request => request.piece !== undefined)
  if (requests.length === 0) return
  summary.addHeading('Requests', 3)
  summary.addTable([
    header('Endpoint', 'Targets', 'Batches', 'Succeeded', 'Failed', 'Box message'),
    ...batchesByEndpoint(ledger).map(({ endpoint, batches }) => {
      const failed = batches.filter(b => b.answer?.ok === false).length
      const succeeded = batches.filter(b => b.answer?.ok).length
      return [
        code(endpoint.path),
        groupDigits(batches.reduce((sum, b) => sum + b.entries.length, 0)),
        groupDigits(batches.length),
        `✅ ${groupDigits(succeeded)}`,
        failed > 0 ? `❌ ${groupDigits(failed)}` : '0',
        endpointMessages(batches).slice(0, 3).map(short).join('<br>')
      ]
    })
  ])
  if (pieces.length > 0 || ledger.splitting.notes.length > 0) {
    const lines = [
      `${groupDigits(pieces.length)} more ${pieces.length === 1 ? 'request' : 'requests'} sent parts of batches Box refused, to find what it refuses`,
      ...ledger.splitting.notes,
      ...(ledger.splitting.notIsolated > 0
        ? [
            `${plural(ledger.splitting.notIsolated, 'target')} of refused requests were not sent again in smaller pieces: the run's pieces were spent`
          ]
        : [])
    ]
    summary.addList(lines.map(short))
  }
  summary.addTable([
    header('Batch', 'Targets', 'Status', 'Request ID', 'Attempts', 'Time'),
    ...requests
      .slice(0, SUMMARY_BATCH_LIMIT)
      .map(({ answer, ...b }) => [
        `${code(b.endpoint.path)} ${b.number}/${b.endpointBatches}${b.piece === undefined ? '' : `, piece ${b.piece}`}`,
        groupDigits(b.entries.length),
        answer.ok
          ? `✅ ${answer.status ?? ''}`
          : `❌ ${answer.status ?? 'no response'}: ${short(answer.error)}`,
        short(answer.requestId ?? '') || NONE,
        String(answer.attempts),
        `${Math.round(answer.durationMs)} ms`
      ])
  ])
  if (requests.length > SUMMARY_BATCH_LIMIT) {
    summary.addRaw(
      `<p>The first ${SUMMARY_BATCH_LIMIT} of ${groupDigits(requests.length)} requests.</p>`,
      true
    )
  }
}

/** The targets not found, and those Box did not accept with where the remainder file is. */
function addLists(summary: Summary, ledger: Ledger, files: FilePaths): void {
  // A target the lookups did not find was not sent; one Box refused alone with its own 404 was.
  const all = withOutcome(ledger, 'not_found')
  const unknown = all.filter(entry => !entry.batch?.answer)
  const refused = all.filter(entry => entry.batch?.answer)
  if (unknown.length > 0) {
    summary.addHeading(
      ledger.dryRun
        ? 'Not found in Box: a real run would not send these'
        : 'Not found in Box, so not sent',
      3
    )
    summary.addList(listsOf(unknown))
  }
  if (refused.length > 0) {
    summary.addHeading('Not found in Box, which refused each alone with its own 404', 3)
    summary.addList(listsOf(refused))
  }
  const left = remainder(ledger)
  if (left.length === 0) return
  summary.addHeading('Not accepted by Box', 3)
  summary.addList(listsOf(left))
  summary.addRaw(
    files.remainder
      ? `<p>They are in ${code(files.remainder)}: run again with <code>targets-file</code> set to it.</p>`
      : '<p>The remainder file could not be written: the log names every one of them.</p>',
    true
  )
}

/** One list item per kind: its count and its first targets. */
function listsOf(entries: readonly Entry[]): string[] {
  return firstOfKind(
    entries.map(e => e.target),
    SUMMARY_LIST_LIMIT
  ).map(({ kind, count, first }) => {
    const shown = first.map(t => code(t.value))
    const more = count - shown.length
    return `${kind.title} (${groupDigits(count)}): ${shown.join(', ')}${more > 0 ? `, and ${groupDigits(more)} more` : ''}`
  })
}
