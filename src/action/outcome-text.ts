import {
  answeredRequests,
  countOutcomes,
  isExternal,
  isUnsendable,
  remainder,
  withOutcome,
  type Batch,
  type Entry,
  type Ledger
} from '../run/ledger.js'
import type { TerminateEndpoint } from '../box/endpoints/terminate-sessions.js'
import { quoteEntry, safeText } from '../safe-text.js'
import { ENDPOINTS, kindOf } from '../targets/kinds.js'
import { groupDigits, plural } from '../words.js'
import { describeOrigin } from '../targets/target.js'
import type { Settings } from '../settings/settings.js'

// Facts about a finished run that the log, outputs and summary all state, worded once.

/** Targets listed per list in the log and in error messages; the rest are counted. */
export const LISTED_TARGETS = 50

/** Box's messages to the requests of every endpoint, in the endpoints' order, each message once. */
export function boxMessages(ledger: Ledger): string[] {
  const all = batchesByEndpoint(ledger).flatMap(({ batches }) => endpointMessages(batches))
  return [...new Set(all)]
}

/**
 * Box's messages to the requests of these batches it accepted, batches and pieces of refused
 * batches, each message once.
 */
export function endpointMessages(batches: readonly Batch[]): string[] {
  const messages = new Set<string>()
  for (const { answer } of answeredRequests(batches)) {
    if (answer.ok && answer.value !== '') messages.add(answer.value)
  }
  return [...messages]
}

/** An endpoint the run planned batches for, and those batches. */
export interface EndpointBatches {
  endpoint: TerminateEndpoint
  batches: Batch[]
}

/** The batches of each endpoint that has any, in the endpoints' order. */
export function batchesByEndpoint(ledger: Ledger): EndpointBatches[] {
  return ENDPOINTS.map(endpoint => ({
    endpoint,
    batches: ledger.batches.filter(b => b.endpoint === endpoint)
  })).filter(({ batches }) => batches.length > 0)
}

/** Whether the step fails: for what stopped or cut the run, a target not terminated, or an unknown one. */
export function runFailed(ledger: Ledger, settings: Pick<Settings, 'failOnUnknown'>): boolean {
  if (ledger.error !== undefined || ledger.cancelled) return true
  const unknownFails = settings.failOnUnknown && withOutcome(ledger, 'not_found').length > 0
  // A dry run, whose remainder is empty, fails as the real run would for what it could know: a
  // target Box does not know.
  return remainder(ledger).length > 0 || unknownFails
}

/** "3 accepted by Box, 1 not found": each outcome that some target has. */
export function describeOutcomes(ledger: Ledger): string {
  const counts = countOutcomes(ledger)
  const words: Record<keyof typeof counts, string> = {
    accepted: 'accepted by Box',
    not_found: 'not found',
    failed: 'failed',
    not_sent: 'not sent',
    covered: 'covered by an ID'
  }
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${groupDigits(count)} ${words[outcome as keyof typeof counts]}`)
    .join(', ')
}

/** Targets named for a reader: `user-ids "999"; targets-file line 4 (user_login) "x@y.z"`, the first `limit`. */
function listTargets(entries: readonly Entry[], limit: number): string {
  const shown = entries
    .slice(0, limit)
    .map(e => `${describeOrigin(e.target)} ${quoteEntry(e.target.value)}`)
  const more = entries.length - shown.length
  return `${shown.join('; ')}${more > 0 ? `; and ${groupDigits(more)} more` : ''}`
}

/** "Not found in Box, so not sent: user-ids "999". Box accepted every other target." */
export function notFoundLine(ledger: Ledger, limit: number): string | undefined {
  const all = withOutcome(ledger, 'not_found')
  if (all.length === 0) return undefined
  // A target the lookups did not find was not sent; one Box refused alone with its own 404 was.
  const refused = all.filter(entry => entry.batch?.answer)
  const unknown = all.filter(entry => !entry.batch?.answer)
  const lead = ledger.dryRun
    ? 'Not found in Box, so a real run would not send them'
    : 'Not found in Box, so not sent'
  const lines: string[] = []
  if (unknown.length > 0) lines.push(`${lead}: ${listTargets(unknown, limit)}.`)
  if (refused.length > 0) {
    const answer = refused[0]?.batch?.answer
    const said = answer && !answer.ok ? ` (${answer.error})` : ''
    lines.push(
      `Not found in Box, which refused a request for each alone with its own 404: ${listTargets(refused, limit)}${said}.`
    )
  }
  // Said only of what happened: some target accepted, and none left.
  const others =
    !ledger.dryRun &&
    countOutcomes(ledger).accepted > 0 &&
    remainder(ledger).length === 0 &&
    !ledger.cancelled &&
    ledger.error === undefined
      ? ' Box accepted the jobs to end the sessions of every other target.'
      : ''
  return `${lines.join(' ')}${others}`
}

/** How many targets a run left, and where to find them. */
function remainderLine(count: number, file: string): string {
  const where = file
    ? `; run again with targets-file: ${file}`
    : '; they are named in the log, as the remainder file could not be written'
  return `${plural(count, 'target')} ${count === 1 ? 'was' : 'were'} not accepted by Box${where}`
}

/**
 * "Cancelled: Box accepted 3 of 10 targets; the 7 others are in <file>". Without a file, `where`
 * says where they are instead.
 */
export function cancelledLine(
  ledger: Ledger,
  file: string,
  where = 'named in the log, as the remainder file could not be written'
): string {
  const counts = countOutcomes(ledger)
  const left = remainder(ledger).length
  where = file ? `in ${file}` : where
  const unknown = counts.not_found > 0 ? `; ${groupDigits(counts.not_found)} not found in Box` : ''
  const covered = counts.covered > 0 ? `; ${groupDigits(counts.covered)} covered by an ID` : ''
  const others =
    left > 0
      ? `; the ${left === 1 ? 'other' : `${groupDigits(left)} others`} ${left === 1 ? 'is' : 'are'} ${where}`
      : ''
  if (ledger.cancelledBeforeSending) {
    const all = ledger.entries.length
    return `Cancelled before anything was sent: ${all === 1 ? 'the target is' : `the ${groupDigits(all)} targets are`} ${where}`
  }
  return `Cancelled: Box accepted ${groupDigits(counts.accepted)} of ${plural(ledger.entries.length, 'target')}${others}${unknown}${covered}`
}

/** What a lookup said of one target: who or what Box says it is, or why it does not say. */
export function describeLookup(entry: Entry, ledger?: Ledger): string {
  if (entry.lookup === 'not_found') return `not found in Box (${describeOrigin(entry.target)})`
  if (entry.lookup === 'unverified') return `not verified: ${entry.detail ?? ''}`
  // Looked up and found, or not looked up.
  if (!entry.found) return 'not looked up'
  const found = entry.found
  if (kindOf(entry.target.kind).shownAs === 'group') {
    const members =
      entry.members === undefined
        ? 'members unknown'
        : `about ${groupDigits(entry.members)} members`
    return `group ${found.name} (${found.id}), ${members}`
  }
  const external = ledger && isExternal(entry, ledger) ? `, ${externalWords(entry)}` : ''
  return `${found.name} <${found.login ?? ''}>, user ${found.id}, ${found.status || 'status unknown'}, role ${found.role || 'unknown'}${external}`
}

/** What is said of an external user wherever it is shown. */
export function externalWords(entry: Entry): string {
  const theirs = entry.found?.enterprise
  const where = theirs ? `enterprise ${theirs}` : 'no enterprise'
  return `an external user (${where}): Box may not end their sessions`
}

/** The warning for users of another enterprise among the targets, if any. */
export function externalLine(ledger: Ledger, limit: number): string | undefined {
  const external = ledger.entries.filter(entry => isExternal(entry, ledger))
  if (external.length === 0) return undefined
  const count = external.length
  return `${plural(count, 'target')} ${count === 1 ? 'is a user' : 'are users'} of another enterprise than the one the run acts in (external collaborators): Box may not end their sessions, and ${count === 1 ? 'it is' : 'they are'} sent as given: ${listTargets(external, limit)}`
}

/** Why a target of a kind sent as the ID Box found was not sent. */
export function unsendableWords(entry: Entry): string {
  const why = entry.detail ? `: ${entry.detail}` : ''
  return `could not be looked up, so it could not be sent (its request carries the ID Box finds)${why}`
}

/** The targets that could not be sent for want of a lookup, listed. */
function unsendableLine(ledger: Ledger, limit: number): string | undefined {
  const unsendable = withOutcome(ledger, 'failed').filter(
    entry => !entry.batch && isUnsendable(entry)
  )
  if (unsendable.length === 0) return undefined
  const count = unsendable.length
  return `${plural(count, 'target')} could not be looked up, so ${count === 1 ? 'it' : 'they'} could not be sent (${count === 1 ? 'its' : 'their'} request carries the ID Box finds): ${listTargets(unsendable, limit)}`
}

/** The lines of the step's failure: what stopped the run, each failed batch, each target left. */
export function failureLines(
  ledger: Ledger,
  settings: Settings,
  remainderFile: string,
  problems: readonly string[]
): string[] {
  const lines: string[] = []
  if (ledger.cancelled) lines.push(cancelledLine(ledger, remainderFile))
  if (ledger.error) lines.push(ledger.error)
  // Box's words for the requests whose targets failed: a batch Box refused whole and then accepted
  // in pieces failed no target.
  const errors = new Set<string>()
  for (const entry of withOutcome(ledger, 'failed')) {
    const answer = entry.batch?.answer
    if (answer && !answer.ok && !answer.cancelled) errors.add(answer.error)
    if (errors.size > 10) break
  }
  for (const error of [...errors].slice(0, 10)) lines.push(error)
  const unsendable = unsendableLine(ledger, LISTED_TARGETS)
  if (unsendable) lines.push(unsendable)
  const unknown = notFoundLine(ledger, LISTED_TARGETS)
  if (unknown && settings.failOnUnknown) lines.push(unknown)
  const left = remainder(ledger)
  if (left.length > 0 && !ledger.cancelled) lines.push(remainderLine(left.length, remainderFile))
  for (const problem of problems) lines.push(problem)
  return lines.map(safeText)
}
