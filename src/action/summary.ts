import * as core from '@actions/core'
import { describeBatches, groupByEndpoint } from '../run/batches.js'
import { failed, failedTargets, unknownTargets, type RunReport } from '../run/report.js'
import { boxMessages } from '../run/terminate.js'
import type { Verified } from '../run/verify.js'
import { htmlText } from '../safe-text.js'
import { groupDigits, TARGET_KINDS } from '../targets/kinds.js'
import { firstOfKind, type Target } from '../targets/target.js'
import type { AuditContext } from './audit.js'

/** Targets listed per kind in the summary; the rest are counted. */
export const SUMMARY_LIST_LIMIT = 50
/** Batches shown one by one in the summary. */
export const SUMMARY_BATCH_LIMIT = 10

type Summary = typeof core.summary
type TableRow = Parameters<Summary['addTable']>[0][number]

const header = (...cells: string[]): TableRow => cells.map(data => ({ data, header: true }))
const code = (text: string): string => `<code>${htmlText(text)}</code>`

/** Builds the job summary with @actions/core; every text from inputs or Box is escaped. */
export function buildSummary(
  report: RunReport,
  audit: AuditContext,
  remainderFile: string | undefined
): Summary {
  const summary = core.summary.emptyBuffer()
  const title = report.dryRun
    ? 'Dry run: Box sessions that would be terminated'
    : failed(report)
      ? 'Box session termination failed'
      : 'Box sessions terminated'
  summary.addHeading(title, 2)
  if (report.dryRun) {
    summary.addRaw('<p><b>Dry run</b>: no termination request was sent.</p>', true)
  }
  if (report.identity) {
    const who = report.identity
    summary.addRaw(
      `<p>Acting as <b>${htmlText(who.name || who.id)}</b> (${htmlText(who.login)}, user ${htmlText(who.id)}, role ${htmlText(who.role || 'unknown')}).</p>`,
      true
    )
  }
  if (report.error) summary.addRaw(`<p><b>Error:</b> ${htmlText(report.error)}</p>`, true)

  addWho(summary, report)
  addRequests(summary, report)
  addFailed(summary, report, remainderFile)

  summary.addHeading('Targets', 3)
  summary.addList(listsOf(report.targets))

  summary.addHeading('Audit', 3)
  summary.addList([
    `Actor: ${htmlText(audit.actor || 'unknown')}`,
    `Event: ${htmlText(audit.eventName || 'unknown')}`,
    `Workflow: ${htmlText(audit.workflow || 'unknown')}`,
    `Run: ${audit.runUrl ? `<a href="${htmlText(audit.runUrl)}">${htmlText(audit.runUrl)}</a>` : 'unknown'}`
  ])
  return summary
}

/** Who is (or would be) logged out: the users and groups the lookups found, and those they did not. */
function addWho(summary: Summary, report: RunReport): void {
  const { verification } = report
  if (verification.skipped) {
    summary.addRaw(`<p>Targets were not looked up: ${htmlText(verification.skipped)}.</p>`, true)
  }
  if (verification.verified.length === 0) return
  summary.addHeading(report.dryRun ? 'Who would be logged out' : 'Who is logged out', 3)
  const covered = new Set(verification.coveredByIds.map(c => c.login))
  const users = verification.verified.filter(v => v.target.kind !== 'group-ids')
  const groups = verification.verified.filter(v => v.target.kind === 'group-ids')
  if (users.length > 0) {
    summary.addTable([
      header('Target', 'Name', 'Login', 'ID', 'Status'),
      ...users.map(v => [
        code(v.target.value),
        ...(v.state === 'found' && v.user
          ? [
              htmlText(v.user.name),
              htmlText(v.user.login),
              htmlText(v.user.id),
              htmlText(v.user.status) + (covered.has(v.target) ? ' (sent once, by ID)' : '')
            ]
          : missing(v))
      ])
    ])
  }
  if (groups.length > 0) {
    summary.addTable([
      header('Target', 'Group', 'ID', 'Members (approximate)'),
      ...groups.map(v =>
        v.state === 'found' && v.group
          ? [
              code(v.target.value),
              htmlText(v.group.name),
              htmlText(v.group.id),
              v.group.members === undefined ? 'unknown' : groupDigits(v.group.members)
            ]
          : [code(v.target.value), ...missing(v).slice(0, 3)]
      )
    ])
  }
}

/** The cells of a target the lookups did not find or could not check. */
function missing(v: Verified): string[] {
  return v.state === 'unverified'
    ? [`⚠️ not verified: ${htmlText(v.reason)}`, '', '', '']
    : ['❌ not found', '', '', '']
}

function addRequests(summary: Summary, report: RunReport): void {
  if (report.results.length === 0) return
  summary.addHeading('Requests', 3)
  summary.addTable([
    header('Endpoint', 'Targets', 'Batches', 'Succeeded', 'Failed', 'Box message'),
    ...groupByEndpoint(report.results, r => r.batch).map(results => {
      const failedOnes = results.filter(r => !r.ok)
      const messages = boxMessages(results)
      return [
        code(results[0]?.batch.path ?? ''),
        describeBatches(results.map(r => r.batch)),
        groupDigits(results.length),
        `✅ ${groupDigits(results.length - failedOnes.length)}`,
        failedOnes.length > 0 ? `❌ ${groupDigits(failedOnes.length)}` : '0',
        messages.map(htmlText).join('<br>')
      ]
    })
  ])
  summary.addTable([
    header('Batch', 'Targets', 'Status', 'Request ID', 'Attempts', 'Time'),
    ...report.results
      .slice(0, SUMMARY_BATCH_LIMIT)
      .map(r => [
        `${code(r.batch.path)} ${r.batch.number}/${r.batch.of}`,
        describeBatches([r.batch]),
        r.ok
          ? `✅ ${r.status ?? ''}`
          : `❌ ${r.status ?? 'no response'}: ${htmlText(r.error ?? '')}`,
        htmlText(r.requestId ?? ''),
        String(r.attempts),
        `${Math.round(r.durationMs)} ms`
      ])
  ])
  if (report.results.length > SUMMARY_BATCH_LIMIT) {
    summary.addRaw(
      `<p>The first ${SUMMARY_BATCH_LIMIT} of ${groupDigits(report.results.length)} batches.</p>`,
      true
    )
  }
}

function addFailed(summary: Summary, report: RunReport, remainderFile: string | undefined): void {
  const unknown = unknownTargets(report)
  if (unknown.length > 0) {
    summary.addHeading(
      report.dryRun ? 'Not found: a real run would fail for these' : 'Not found, so not terminated',
      3
    )
    summary.addList(listsOf(unknown))
  }
  const failedOnes = failedTargets(report)
  if (failedOnes.length === 0) return
  summary.addHeading('Not terminated', 3)
  summary.addList(listsOf(failedOnes))
  if (remainderFile) {
    summary.addRaw(
      `<p>They are in ${code(remainderFile)}: run again with <code>targets-file</code> set to it.</p>`,
      true
    )
  }
}

/** One list item per kind: its count and its first targets. */
function listsOf(targets: readonly Target[]): string[] {
  const lists = firstOfKind(targets, SUMMARY_LIST_LIMIT)
  return TARGET_KINDS.flatMap(kind => {
    const list = lists.get(kind.input)
    if (!list) return []
    const shown = list.first.map(t => code(t.value))
    const more = list.count - shown.length
    return [
      `${kind.title} (${groupDigits(list.count)}): ${shown.join(', ')}${more > 0 ? `, and ${groupDigits(more)} more` : ''}`
    ]
  })
}
