import * as core from '@actions/core'
import { failed, type RunReport } from '../run/report.js'
import { TARGET_KINDS } from '../targets/kinds.js'
import { describeCounts, ofKind } from '../targets/target.js'
import type { AuditContext } from './audit.js'
import { htmlText } from '../safe-text.js'

/** Targets listed per kind in the summary; the rest are counted. */
export const SUMMARY_LIST_LIMIT = 50

/** Builds the job summary with @actions/core; every text from inputs or Box is escaped. */
export function buildSummary(report: RunReport, audit: AuditContext): typeof core.summary {
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

  if (report.results.length > 0) {
    summary.addTable([
      ['Endpoint', 'Targets', 'Status', 'Box message', 'Request ID', 'Attempts'].map(data => ({
        data,
        header: true
      })),
      ...report.results.map(r => [
        `<code>${r.path}</code>`,
        describeCounts(r.targets),
        r.ok ? `✅ ${r.status}` : `❌ ${r.status ?? 'no response'}`,
        htmlText(r.ok ? r.message : (r.error ?? '')),
        htmlText(r.requestId ?? ''),
        String(r.attempts)
      ])
    ])
  }

  summary.addHeading('Targets', 3)
  const lists = TARGET_KINDS.map(kind => [kind, ofKind(report.targets, kind.input)] as const)
    .filter(([, list]) => list.length > 0)
    .map(([kind, list]) => {
      const shown = list.slice(0, SUMMARY_LIST_LIMIT).map(t => `<code>${htmlText(t.value)}</code>`)
      const more = list.length - shown.length
      return `${kind.title} (${list.length}): ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`
    })
  summary.addList(lists)

  summary.addHeading('Audit', 3)
  summary.addList([
    `Actor: ${htmlText(audit.actor || 'unknown')}`,
    `Event: ${htmlText(audit.eventName || 'unknown')}`,
    `Workflow: ${htmlText(audit.workflow || 'unknown')}`,
    `Run: ${audit.runUrl ? `<a href="${htmlText(audit.runUrl)}">${htmlText(audit.runUrl)}</a>` : 'unknown'}`
  ])
  return summary
}
