import * as core from '@actions/core'
import type { RetryNotice } from '../net/retry.js'
import type { RunReport } from '../run/report.js'
import { requestBody } from '../run/terminate.js'
import { quoteEntry, safeText } from '../safe-text.js'
import { describeCounts, describeOrigin } from '../targets/target.js'
import { nonAsciiCharacters } from '../targets/validate.js'
import type { Settings } from './settings.js'

/** Targets listed per body key in the log; the rest are counted. */
const LOGGED_TARGETS = 50

/** One line of the log; text from inputs or Box cannot start a workflow command. */
export function info(text: string): void {
  core.info(safeText(text))
}

/** What the inputs hold that deserves a look: ignored file columns, logins outside ASCII. */
export function logInputNotes(settings: Settings): void {
  for (const note of settings.notes) info(note)
  for (const target of settings.targets) {
    const characters = target.kind === 'user-logins' ? nonAsciiCharacters(target.value) : undefined
    if (characters) {
      core.warning(
        safeText(
          `${describeOrigin(target.origin)}: ${quoteEntry(target.value)} has characters outside ASCII (${characters}); check that it is the login you mean and not a look-alike`
        ),
        { title: 'Login outside ASCII' }
      )
    }
  }
}

export function logRetry(label: string, notice: RetryNotice): void {
  info(
    `${label}: attempt ${notice.attempt} failed (${notice.reason}); retrying in ${(notice.waitMs / 1000).toFixed(1)} s`
  )
}

/** One log group per request, printed once the concurrent calls are done so groups do not interleave. */
export function logReport(report: RunReport): void {
  if (report.identity) {
    const who = report.identity
    info(`Acting as ${who.name} (${who.login}, user ${who.id}, role ${who.role || 'unknown'})`)
  }
  for (const request of report.requests) {
    core.startGroup(safeText(`${request.path}: ${describeCounts(request.targets)}`))
    for (const [key, list] of Object.entries(requestBody(request))) {
      if (list.length === 0) continue
      const more = list.length > LOGGED_TARGETS ? `, and ${list.length - LOGGED_TARGETS} more` : ''
      info(`${key}: ${list.slice(0, LOGGED_TARGETS).map(safeText).join(', ')}${more}`)
    }
    const result = report.results.find(r => r.endpoint === request.endpoint)
    if (!result) {
      info(report.dryRun ? 'Dry run: not sent' : 'Not sent')
    } else {
      const attempts = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`
      const id = result.requestId ? `, request id ${result.requestId}` : ''
      info(
        `${result.ok ? 'Done' : 'Failed'}: HTTP ${result.status ?? 'none'} after ${attempts} in ${Math.round(result.durationMs)} ms${id}`
      )
      if (result.ok) info(`Box message: ${result.message}`)
    }
    core.endGroup()
  }
}
