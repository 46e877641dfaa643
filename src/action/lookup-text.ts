import type { LookupRecord, SourceChoice } from '../run/ledger.js'
import { LOOKUPS_IN_FLIGHT } from '../run/lookup-plan.js'
import { groupDigits, plural } from '../words.js'

/** How the targets were to be looked up, and why, in one line: the log, the summary, `result`. */
export function describeLookupPlan(record: LookupRecord): string {
  if (record.why === 'off') return 'verify-targets is false: no target is looked up'
  const targets = plural(record.targets ?? 0, 'target')
  const requests = plural(record.requests ?? 0, 'request')
  const phrases = (record.sources ?? []).map(describeSource).join('; ')
  if (record.why === 'too-costly') {
    return `Not looking ${targets} up: it would take at least ${requests} (${phrases}), more than the ${groupDigits(record.maxRequests ?? 0)} that verify-targets: auto allows, about a minute at Box's pace; set verify-targets: true to look them up anyway`
  }
  if (record.why === 'not-run' || record.targets === undefined) return 'No lookup ran'
  const listing = record.plan === 'listing'
  const acting = record.asksActingEnterprise
    ? ', one of them asking users/me which enterprise the run acts in'
    : ''
  if (!listing && !record.counted) {
    return `Looking up ${targets} one by one, ${LOOKUPS_IN_FLIGHT} at a time (${requests}${acting})`
  }
  const lacks = listing ? '; what a listing lacks is then looked up one by one' : ''
  return `Looking up ${targets} in about ${requests}${acting}: ${phrases}${lacks}`
}

/** "400 user targets by listing the enterprise's 50,000 users (50 pages) instead of 400 lookups". */
function describeSource(source: SourceChoice): string {
  const targets = plural(source.targets, `${source.noun} target`)
  if (source.count !== undefined) {
    const enterprise = `the enterprise's ${plural(source.count, source.noun)} (${plural(source.pages ?? 1, 'page')})`
    return source.list
      ? `${targets} by listing ${enterprise} instead of ${groupDigits(source.lookups)} lookups`
      : `${targets} one by one, fewer requests than listing ${enterprise}`
  }
  return source.countError !== undefined
    ? `${targets} one by one, as Box did not say how many ${source.name} the enterprise has (${source.countError})`
    : `${targets} one by one`
}
