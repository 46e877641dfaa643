import * as runner from './runner.js'
import { countTargets, type RunReport } from './report.js'
import type { RetryNotice } from './retry.js'
import { safeText } from './safe-text.js'

const LOGGED_TARGETS = 50

export function logRetry(what: string, notice: RetryNotice): void {
  runner.info(
    `${what}: attempt ${notice.attempt} failed (${safeText(notice.reason)}); retrying in ${(notice.waitMs / 1000).toFixed(1)} s`
  )
}

/** One log group per endpoint, printed once the concurrent calls are done so groups do not interleave. */
export function logReport(report: RunReport): void {
  if (report.identity) {
    const who = report.identity
    runner.info(
      `Acting as ${who.name} (${who.login}, user ${who.id}, role ${who.role || 'unknown'})`
    )
  }
  for (const request of report.requests) {
    runner.startGroup(`${request.endpoint}: ${countTargets(request)}`)
    for (const [key, list] of Object.entries(request.body)) {
      if (list.length === 0) continue
      const more = list.length > LOGGED_TARGETS ? `, and ${list.length - LOGGED_TARGETS} more` : ''
      runner.info(`${key}: ${list.slice(0, LOGGED_TARGETS).map(safeText).join(', ')}${more}`)
    }
    const result = report.results.find(r => r.name === request.name)
    if (!result) {
      runner.info(report.dryRun ? 'Dry run: not sent' : 'Not sent')
    } else {
      const attempts = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`
      const id = result.requestId ? `, request id ${result.requestId}` : ''
      runner.info(
        `${result.ok ? 'Done' : 'Failed'}: HTTP ${result.status ?? 'none'} after ${attempts} in ${Math.round(result.durationMs)} ms${id}`
      )
      if (result.ok) runner.info(`Box message: ${result.message}`)
    }
    runner.endGroup()
  }
}
