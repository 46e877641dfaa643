import type { AuditContext } from './audit.js'
import { countTargets, failed, type RunReport } from './report.js'
import { markdownText } from './safe-text.js'

/** Targets listed per kind in the summary; the rest are counted. */
export const SUMMARY_LIST_LIMIT = 50

const KIND_TITLES: Record<string, string> = {
  user_ids: 'User IDs',
  user_logins: 'User logins',
  group_ids: 'Group IDs'
}

/** The job summary in Markdown; every text from inputs or Box is escaped. */
export function renderSummary(report: RunReport, audit: AuditContext): string {
  const lines: string[] = []
  const title = report.dryRun
    ? 'Dry run: Box sessions that would be terminated'
    : failed(report)
      ? 'Box session termination failed'
      : 'Box sessions terminated'
  lines.push(`## ${title}`, '')
  if (report.dryRun) {
    lines.push('**Dry run**: no termination request was sent.', '')
  }
  if (report.identity) {
    const who = report.identity
    lines.push(
      `Acting as **${markdownText(who.name || who.id)}** (${markdownText(who.login)}, user ${markdownText(who.id)}, role ${markdownText(who.role || 'unknown')}).`,
      ''
    )
  }
  if (report.error) lines.push(`**Error:** ${markdownText(report.error)}`, '')

  if (report.results.length > 0) {
    lines.push(
      '| Endpoint | Targets | Status | Box message | Request ID | Attempts |',
      '| --- | --- | --- | --- | --- | --- |'
    )
    for (const r of report.results) {
      const status = r.ok ? `✅ ${r.status}` : `❌ ${r.status ?? 'no response'}`
      const message = r.ok ? r.message : (r.error ?? '')
      lines.push(
        `| \`${r.endpoint}\` | ${countTargets(r)} | ${status} | ${markdownText(message)} | ${markdownText(r.requestId ?? '')} | ${r.attempts} |`
      )
    }
    lines.push('')
  }

  lines.push('### Targets', '')
  for (const request of report.requests) {
    for (const [key, list] of Object.entries(request.body)) {
      if (list.length === 0) continue
      const shown = list.slice(0, SUMMARY_LIST_LIMIT).map(codeSpan)
      const more = list.length - shown.length
      lines.push(
        `- ${KIND_TITLES[key] ?? key} (${list.length}): ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`
      )
    }
  }
  lines.push('')

  const run = audit.runUrl ? `[${markdownText(audit.runUrl)}](${audit.runUrl})` : 'unknown'
  lines.push(
    '### Audit',
    '',
    `- Actor: ${markdownText(audit.actor || 'unknown')}`,
    `- Event: ${markdownText(audit.eventName || 'unknown')}`,
    `- Workflow: ${markdownText(audit.workflow || 'unknown')}`,
    `- Run: ${run}`,
    ''
  )
  return lines.join('\n')
}

/** A validated target as inline code; a pipe would still split a table cell, a backtick end the span. */
function codeSpan(value: string): string {
  return `\`${value.replace(/`/g, "'").replace(/\|/g, '\\|')}\``
}
